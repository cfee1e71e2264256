// Who may do what, as data: every operation of the API × every kind of actor → the expected answer.
import type { AffiliateRecords } from "./matrix-world";
import { MUTATION_ROWS } from "./matrix-mutations";
import { PAYOUT_QUERY_ROWS } from "./matrix-payouts";
import { HOLD_QUERY_ROWS } from "./matrix-holds";
import { SETTINGS_QUERY_ROWS } from "./matrix-settings";
import { REPORT_QUERY_ROWS } from "./matrix-reports";
import { WEBHOOK_QUERY_ROWS } from "./matrix-webhooks";
import {
  HIDDEN,
  everyone,
  ok,
  readable,
  sees,
  sellerOnly,
  type MatrixRow,
  type Scene,
} from "./matrix-outcomes";

export { ACTORS, type Actor, type MatrixRow, type Outcome, type Scene } from "./matrix-outcomes";
export { MUTATION_ROWS };

const withdrawalIds = (affiliate: AffiliateRecords): string[] => [
  affiliate.pendingWithdrawalId,
  ...(affiliate.approvedWithdrawalId ? [affiliate.approvedWithdrawalId] : []),
];
const affiliateVars = (s: Scene) => ({ id: s.target.affiliateId });
const AFFILIATE = (selection: string) =>
  `query Affiliate($id: ID!) { affiliate(id: $id) { id ${selection} } }`;
const WITHDRAWAL = (selection: string) =>
  `query Withdrawal($id: ID!) { withdrawal(id: $id) { id ${selection} } }`;

const queryRows: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Query.me",
    label: "me",
    document: "query { me { id email } }",
    expect: everyone(
      ok((d, s) => d.me.id === s.actorUserId),
      HIDDEN,
    ),
  },
  {
    operation: "Query.affiliates",
    label: "affiliates: the seller's own list",
    document:
      "query { affiliates(first: 100) { totalCount nodes { id email referralCode payoutAccount } } }",
    expect: sellerOnly(
      sees(
        (s) => s.affiliatesOfA.map((a) => a.affiliateId),
        (d) => d.affiliates.totalCount === 2,
      ),
      sees(
        (s) => s.affiliatesOfB.map((a) => a.affiliateId),
        (d) => d.affiliates.totalCount === 1,
      ),
    ),
  },
  {
    operation: "Query.affiliates",
    label: "affiliates: searching for another tenant's affiliate by email",
    document: `query Search($search: String) {
      affiliates(first: 100, search: $search) { totalCount nodes { id email } }
    }`,
    variables: (s) => ({ search: s.target.email }),
    expect: sellerOnly(
      sees(
        (s) => [s.target.affiliateId],
        (d) => d.affiliates.totalCount === 1,
      ),
      ok((d) => d.affiliates.totalCount === 0),
    ),
  },
  {
    operation: "Query.affiliate",
    label: "affiliate(id)",
    document: AFFILIATE(
      "email referralCode payoutAccount balance { available { amount } } seller { id name slug }",
    ),
    variables: affiliateVars,
    expect: readable(sees((s) => [s.target.affiliateId])),
  },
  {
    operation: "Query.withdrawals",
    label: "withdrawals: the Payouts list",
    document:
      "query { withdrawals(first: 100) { totalCount nodes { id payoutAccount affiliate { id email } } } }",
    expect: sellerOnly(
      sees(
        (s) => s.affiliatesOfA.flatMap(withdrawalIds),
        (d) => d.withdrawals.totalCount === 4,
      ),
      sees(
        (s) => s.affiliatesOfB.flatMap(withdrawalIds),
        (d) => d.withdrawals.totalCount === 2,
      ),
    ),
  },
  {
    operation: "Query.withdrawals",
    label: "withdrawals(affiliateId): filtered by another tenant's affiliate",
    document: `query Of($affiliateId: ID) {
      withdrawals(first: 100, affiliateId: $affiliateId) { totalCount nodes { id } }
    }`,
    variables: (s) => ({ affiliateId: s.target.affiliateId }),
    expect: sellerOnly(
      sees(
        (s) => withdrawalIds(s.target),
        (d) => d.withdrawals.totalCount === 2,
      ),
      ok((d) => d.withdrawals.totalCount === 0),
    ),
  },
  {
    operation: "Query.withdrawal",
    label: "withdrawal(id)",
    document: WITHDRAWAL("status payoutAccount amount { amount } affiliate { id email }"),
    variables: (s) => ({ id: s.target.pendingWithdrawalId }),
    expect: readable(sees((s) => [s.target.pendingWithdrawalId, s.target.affiliateId])),
  },
  {
    operation: "Query.payoutSummary",
    label: "payoutSummary",
    document: "query { payoutSummary { pendingCount pendingTotal { amount } approvedCount } }",
    expect: sellerOnly(
      ok((d) => d.payoutSummary.pendingCount === 2 && d.payoutSummary.approvedCount === 2),
      ok((d) => d.payoutSummary.pendingCount === 1 && d.payoutSummary.approvedCount === 1),
    ),
  },
  {
    operation: "Query.sellerBySlug",
    label: "sellerBySlug: the public face of a join page, for anyone",
    document: `query Face($slug: String!) {
      sellerBySlug(slug: $slug) { name slug currencyCode minimumPayout { amount } }
    }`,
    variables: (s) => ({ slug: s.A.slug }),
    expect: everyone(
      ok(
        (d, s) =>
          d.sellerBySlug.slug === s.A.slug &&
          d.sellerBySlug.name === s.A.name &&
          Object.keys(d.sellerBySlug).length === 4,
      ),
    ),
    // The join page's face: the seller's slug and name, for anyone; nothing else of A.
    reveals: (s) => [s.A.slug, s.A.name],
  },
  {
    operation: "Affiliate.withdrawals",
    label: "affiliate(id).withdrawals",
    document: AFFILIATE(
      "withdrawals(first: 100) { totalCount nodes { id payoutAccount receiptNumber } }",
    ),
    variables: affiliateVars,
    expect: readable(sees((s) => withdrawalIds(s.target))),
  },
  {
    operation: "Affiliate.commissions",
    label: "affiliate(id).commissions",
    document: AFFILIATE("commissions(first: 100) { totalCount nodes { id orderId offer { id } } }"),
    variables: affiliateVars,
    expect: readable(
      sees(
        (s) => [s.A.promotedOfferId],
        (d, s) => d.affiliate.commissions.totalCount === s.target.orderIds.length,
      ),
    ),
  },
  {
    operation: "Affiliate.offers",
    label: "affiliate(id).offers",
    document: AFFILIATE(
      "offers { offer { id url } referralLink salesCount commissionTotal { amount } }",
    ),
    variables: affiliateVars,
    expect: readable(sees((s) => [s.A.promotedOfferId])),
  },
  {
    operation: "Seller.offers",
    label: "affiliate(id).seller.offers",
    document: AFFILIATE("seller { id offers { id name } }"),
    variables: affiliateVars,
    expect: readable(sees((s) => [s.A.promotedOfferId, s.A.unpromotedOfferId])),
  },
  {
    operation: "Withdrawal.history",
    label: "withdrawal(id).history",
    document: WITHDRAWAL("history { toStatus note receiptNumber actor { id name } }"),
    variables: (s) => ({ id: s.target.approvedWithdrawalId }),
    expect: readable(sees((s) => [s.target.userId, s.A.owner.userId])),
  },
  {
    operation: "User.affiliateAccounts",
    label: "me.affiliateAccounts",
    document: "query { me { id affiliateAccounts { id referralCode seller { id } } } }",
    expect: {
      anonymous: HIDDEN,
      sellerA: ok((d) => d.me.affiliateAccounts.length === 0),
      sellerB: ok((d) => d.me.affiliateAccounts.length === 0),
      affiliateOwn: sees(
        (s) => [s.affiliatesOfA[0]?.affiliateId ?? ""],
        (d) => d.me.affiliateAccounts.length === 1,
      ),
      affiliateOther: sees(
        (s) => [s.affiliatesOfA[0]?.affiliateId ?? ""],
        (d) => d.me.affiliateAccounts.length === 1,
      ),
      noRole: ok((d) => d.me.affiliateAccounts.length === 0),
    },
  },
  {
    operation: "Seller.offers",
    label: "me.seller.offers",
    document: "query { me { id seller { id offers { id url } } } }",
    expect: {
      anonymous: HIDDEN,
      sellerA: sees((s) => [s.A.promotedOfferId, s.A.unpromotedOfferId]),
      sellerB: sees((s) => [s.B.promotedOfferId, s.B.unpromotedOfferId]),
      affiliateOwn: ok((d) => d.me.seller === null),
      affiliateOther: ok((d) => d.me.seller === null),
      noRole: ok((d) => d.me.seller === null),
    },
  },
];

export const QUERY_ROWS: MatrixRow[] = [
  ...queryRows,
  ...PAYOUT_QUERY_ROWS,
  ...SETTINGS_QUERY_ROWS,
  ...REPORT_QUERY_ROWS,
  ...HOLD_QUERY_ROWS,
  ...WEBHOOK_QUERY_ROWS,
].map((row) => ({
  ...row,
  kind: "query",
}));

/** Every row: the reads above, then the writes (each cell on fresh records). */
export const MATRIX_ROWS: MatrixRow[] = [...QUERY_ROWS, ...MUTATION_ROWS];
