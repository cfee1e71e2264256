// The matrix's writes. Each cell runs on a fresh target affiliate of A (2 sales, one PENDING
// withdrawal) and a fresh session, so one cell's change never meets another's expectation; the cells
// run one at a time, so a refused one can be shown to have changed nothing in the whole database.
import {
  FORBIDDEN,
  NOT_FOUND,
  UNAUTHENTICATED,
  denied,
  everyone,
  ok,
  ownerOnly,
  sees,
  sellerOnly,
  type MatrixRow,
} from "./matrix-outcomes";
import { SALE_ROWS } from "./matrix-mutations-sales";
import { PAYOUT_MUTATION_ROWS } from "./matrix-payouts";
import { SETTINGS_MUTATION_ROWS } from "./matrix-settings";
import { HOLD_MUTATION_ROWS } from "./matrix-holds";
import { WEBHOOK_MUTATION_ROWS } from "./matrix-webhooks";

const ALREADY_EXISTS = denied("ALREADY_EXISTS");

const rows: Array<Omit<MatrixRow, "kind">> = [
  {
    operation: "Mutation.signUp",
    label: "signUp",
    document: "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id email } }",
    variables: (s) => ({
      input: { name: "Matrix", email: `signup-${s.fresh}@matrix.test`, password: "matrix-pass-1" },
    }),
    expect: everyone(ok((d, s) => d.signUp.email === `signup-${s.fresh}@matrix.test`)),
  },
  {
    operation: "Mutation.login",
    label: "login",
    document: "mutation Login($input: LoginInput!) { login(input: $input) { id } }",
    variables: (s) => ({ input: { email: s.loginUser.email, password: s.loginUser.password } }),
    expect: everyone(sees((s) => [s.loginUser.userId])),
  },
  {
    operation: "Mutation.logout",
    label: "logout",
    document: "mutation { logout }",
    expect: everyone(ok((d) => d.logout === true)),
  },
  {
    operation: "Mutation.createSeller",
    label: "createSeller",
    document: `mutation CreateSeller($input: CreateSellerInput!) {
      createSeller(input: $input) { id slug offers { id } }
    }`,
    variables: (s) => ({ input: { name: "Matrix Coaching", slug: `matrix-${s.fresh}` } }),
    expect: {
      ...everyone(ok((d, s) => d.createSeller.slug === `matrix-${s.fresh}`)),
      anonymous: UNAUTHENTICATED,
      sellerA: ALREADY_EXISTS,
      sellerB: ALREADY_EXISTS,
    },
  },
  {
    operation: "Mutation.createOffer",
    label: "createOffer",
    document: `mutation CreateOffer($input: CreateOfferInput!) {
      createOffer(input: $input) { id name price { amount } }
    }`,
    variables: (s) => ({
      input: {
        name: `Offer ${s.fresh}`,
        price: "10.00",
        commissionType: "FLAT",
        commissionValue: "1.00",
      },
    }),
    expect: sellerOnly(
      ok((d, s) => d.createOffer.name === `Offer ${s.fresh}`),
      ok((d, s) => d.createOffer.name === `Offer ${s.fresh}`),
    ),
  },
  {
    operation: "Mutation.updateOffer",
    label: "updateOffer (A's unpromoted offer)",
    document: `mutation UpdateOffer($input: UpdateOfferInput!) {
      updateOffer(input: $input) { id name url }
    }`,
    variables: (s) => ({
      input: {
        offerId: s.A.unpromotedOfferId,
        name: `Renamed ${s.fresh}`,
        url: `https://a.test/${s.fresh}`,
      },
    }),
    expect: sellerOnly(
      sees(
        (s) => [s.A.unpromotedOfferId],
        (d, s) => d.updateOffer.url === `https://a.test/${s.fresh}`,
      ),
      NOT_FOUND,
    ),
  },
  {
    operation: "Mutation.joinAffiliateProgram",
    label: "joinAffiliateProgram (seller A's slug)",
    document: `mutation Join($input: JoinAffiliateProgramInput!) {
      joinAffiliateProgram(input: $input) { id status seller { id } }
    }`,
    variables: (s) => ({
      input: {
        sellerSlug: s.A.slug,
        paymentMethod: "PAYPAL",
        payoutAccount: `join-${s.fresh}@matrix.test`,
      },
    }),
    expect: {
      // Any signed-in user may join, another seller's owner included; never a seller its own program.
      ...everyone(sees((s) => [s.A.sellerId])),
      anonymous: UNAUTHENTICATED,
      sellerA: FORBIDDEN,
      affiliateOwn: ALREADY_EXISTS,
      affiliateOther: ALREADY_EXISTS,
    },
  },
  {
    operation: "Mutation.promoteOffer",
    label: "promoteOffer",
    document: `mutation Promote($input: PromoteOfferInput!) {
      promoteOffer(input: $input) { offer { id } salesCount }
    }`,
    variables: (s) => ({
      input: { affiliateId: s.target.affiliateId, offerId: s.A.unpromotedOfferId },
    }),
    expect: ownerOnly(sees((s) => [s.A.unpromotedOfferId])),
  },
  {
    operation: "Mutation.setAffiliateStatus",
    label: "setAffiliateStatus",
    document: `mutation SetStatus($input: SetAffiliateStatusInput!) {
      setAffiliateStatus(input: $input) { id status }
    }`,
    variables: (s) => ({ input: { affiliateId: s.target.affiliateId, status: "DISABLED" } }),
    expect: sellerOnly(
      sees(
        (s) => [s.target.affiliateId],
        (d) => d.setAffiliateStatus.status === "DISABLED",
      ),
      NOT_FOUND,
    ),
  },
  {
    operation: "Mutation.updatePayoutDetails",
    label: "updatePayoutDetails",
    document: `mutation Payout($input: UpdatePayoutDetailsInput!) {
      updatePayoutDetails(input: $input) { id paymentMethod payoutAccount }
    }`,
    variables: (s) => ({
      input: {
        affiliateId: s.target.affiliateId,
        paymentMethod: "PAYPAL",
        payoutAccount: `payout-${s.fresh}@matrix.test`,
      },
    }),
    expect: ownerOnly(
      ok((d, s) => d.updatePayoutDetails.payoutAccount === `payout-${s.fresh}@matrix.test`),
    ),
  },
  {
    operation: "Mutation.requestWithdrawal",
    label: "requestWithdrawal",
    document: `mutation Ask($input: RequestWithdrawalInput!) {
      requestWithdrawal(input: $input) { id status amount { amount } affiliate { id } }
    }`,
    variables: (s) => ({ input: { affiliateId: s.target.affiliateId, amount: "1.00" } }),
    expect: ownerOnly(
      sees(
        (s) => [s.target.affiliateId],
        (d) => d.requestWithdrawal.status === "PENDING",
      ),
    ),
  },
  {
    operation: "Mutation.processWithdrawal",
    label: "processWithdrawal (the target's PENDING one)",
    document: `mutation Process($input: ProcessWithdrawalInput!) {
      processWithdrawal(input: $input) { id status note }
    }`,
    variables: (s) => ({
      input: { withdrawalId: s.target.pendingWithdrawalId, status: "REJECTED", note: "no" },
    }),
    expect: sellerOnly(
      sees(
        (s) => [s.target.pendingWithdrawalId],
        (d) => d.processWithdrawal.status === "REJECTED",
      ),
      NOT_FOUND,
    ),
  },
];

export const MUTATION_ROWS: MatrixRow[] = [
  ...rows,
  ...SALE_ROWS,
  ...PAYOUT_MUTATION_ROWS,
  ...SETTINGS_MUTATION_ROWS,
  ...HOLD_MUTATION_ROWS,
  ...WEBHOOK_MUTATION_ROWS,
].map((row) => ({
  ...row,
  kind: "mutation",
}));
