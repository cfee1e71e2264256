// In-memory services for executing the schema without a database (this package never has one).
import {
  AffiliateStatus,
  CommissionType,
  PaymentMethod,
  PayoutBatchAction,
  PayoutBatchStatus,
  PayoutImportOutcome,
  SaleImportOutcome,
  WebhookDeliveryStatus,
  WebhookEventType,
  WithdrawalStatus,
} from "../../src/enums";
import {
  NotFound,
  type AffiliateModel,
  type CommissionModel,
  type ConnectionModel,
  type OfferModel,
  type PayoutBatchModel,
  type PayoutImportModel,
  type SellerModel,
  type Services,
  type UserModel,
  type Viewer,
  type WithdrawalModel,
} from "../../src/domain";
import type { ApiContext } from "../../src/graphql";
import { percentageCommissionCents } from "../../src/money";

export const coach: UserModel = { id: "u1", name: "Demo Coach", email: "coach@allyhut.test" };
export const clark: UserModel = { id: "u2", name: "Clark Kent", email: "clark@allyhut.test" };
export const seller: SellerModel = {
  id: "s1",
  name: "Demo Coaching",
  slug: "demo-coaching",
  currencyCode: "USD",
  minimumPayoutCents: 0,
};
export const masterclass: OfferModel = {
  id: "o1",
  sellerId: "s1",
  name: "Bruce Wayne's Italian Cooking Masterclass",
  priceCents: 4900,
  commissionType: CommissionType.PERCENTAGE,
  commissionValueHundredths: 1250,
  active: true,
  url: "https://demo-coaching.test/masterclass?utm_source=allyhut",
  holdDays: 30,
  currencyCode: "USD",
};
export const clarkAffiliate: AffiliateModel = {
  id: "a1",
  sellerId: "s1",
  userId: "u2",
  name: "Clark Kent",
  email: "clark@allyhut.test",
  status: AffiliateStatus.ACTIVE,
  joinedAt: new Date("2026-01-02T03:04:05.006Z"),
  referralCode: "CLARK1",
  paymentMethod: PaymentMethod.PAYPAL,
  payoutAccount: "clark.kent@dailyplanet.test",
  salesCount: 3,
  earnedCents: 1000,
  pendingCents: 500,
  paidCents: 300,
  pendingWithdrawalCount: 2,
  currencyCode: "USD",
};
export const withdrawal: WithdrawalModel = {
  id: "w1",
  sellerId: "s1",
  affiliateId: "a1",
  amountCents: 300,
  status: WithdrawalStatus.PENDING,
  paymentMethod: PaymentMethod.PAYPAL,
  payoutAccount: "clark.kent@dailyplanet.test",
  requestedAt: new Date("2026-02-03T10:00:00Z"),
  receiptNumber: null,
  paidOn: null,
  note: null,
  processedAt: null,
  currencyCode: "USD",
  payoutBatchId: null,
};
export const commission: CommissionModel = {
  id: "c1",
  affiliateId: "a1",
  offerId: "o1",
  orderId: "order-1",
  saleCents: 4900,
  amountCents: 613,
  occurredAt: new Date("2026-02-01T12:00:00Z"),
  reversedAt: null,
  availableOn: "2026-03-03",
  currencyCode: "USD",
};

export const batch: PayoutBatchModel = {
  id: "b1",
  sellerId: "s1",
  status: PayoutBatchStatus.OPEN,
  paymentMethod: PaymentMethod.PAYPAL,
  createdAt: new Date("2026-02-04T09:00:00Z"),
  createdByUserId: "u1",
  itemCount: 1,
  totalCents: 300,
  currencyCode: "USD",
};
export const batchedWithdrawal: WithdrawalModel = { ...withdrawal, id: "w2", payoutBatchId: "b1" };
export const payoutImport: PayoutImportModel = {
  id: "i1",
  batchId: "b1",
  importedAt: new Date("2026-02-05T09:00:00Z"),
  dryRun: false,
  lines: [
    {
      line: 2,
      reference: "AH-W-w2",
      outcome: PayoutImportOutcome.APPROVED,
      withdrawalId: "w2",
      message: null,
    },
    {
      line: 3,
      reference: "AH-W-9",
      outcome: PayoutImportOutcome.UNMATCHED,
      withdrawalId: null,
      message: "No withdrawal of this batch has this reference.",
    },
    {
      line: 4,
      reference: "AH-W-w1",
      outcome: PayoutImportOutcome.FAILED,
      withdrawalId: "w1",
      message: "PayPal: UNCLAIMED",
    },
  ],
};

/** An offer's commission on a sale, by its rule: a percentage (half-up, the package's) or flat. */
const commissionOf = (offer: OfferModel, saleCents: number): number =>
  offer.commissionType === CommissionType.PERCENTAGE
    ? percentageCommissionCents(saleCents, offer.commissionValueHundredths)
    : offer.commissionValueHundredths;

function connectionOf<T>(nodes: T[], counted: { calls: number }): ConnectionModel<T> {
  return {
    nodes,
    hasNextPage: false,
    endCursor: nodes.length ? "cursor-end" : null,
    totalCount: async () => {
      counted.calls += 1;
      return nodes.length;
    },
  };
}

/** Records the calls the resolvers make, to check what they pass on. */
export interface FakeRecorder {
  calls: Array<{ service: string; input: unknown; viewer?: Viewer | null }>;
  totalCountCalls: { calls: number };
  signedIn: string[];
  signedOut: number;
}

const unused = (): never => {
  throw new Error("not used in this test");
};

export function fakeContext(viewer: Viewer | null): { ctx: ApiContext; recorder: FakeRecorder } {
  const recorder: FakeRecorder = {
    calls: [],
    totalCountCalls: { calls: 0 },
    signedIn: [],
    signedOut: 0,
  };
  const record = (service: string, input: unknown, who?: Viewer | null) =>
    recorder.calls.push({ service, input, viewer: who });
  const services: Services = {
    auth: {
      signUp: async (input) => (record("auth.signUp", input), { ...clark, ...input, id: "u9" }),
      login: async (input) => (record("auth.login", input), clark),
    },
    users: {
      byId: async (id) => [coach, clark].find((user) => user.id === id) ?? null,
      sellerOfUser: async (id) => (id === coach.id ? seller : null),
      affiliateAccounts: async (id) => (id === clark.id ? [clarkAffiliate] : []),
    },
    sellers: {
      create: unused,
      updateSettings: async (who, input) => (
        record("sellers.updateSettings", input, who),
        {
          ...seller,
          name: input.name ?? seller.name,
          minimumPayoutCents: input.minimumPayoutCents ?? seller.minimumPayoutCents,
        }
      ),
      bySlug: async (slug) => (slug === seller.slug ? seller : null),
      byId: async () => seller,
      offersOf: async () => [masterclass],
    },
    offers: {
      create: async (who, input) => (
        record("offers.create", input, who),
        { ...masterclass, ...input, holdDays: input.holdDays ?? 0 }
      ),
      update: async (who, input) => (
        record("offers.update", input, who),
        { ...masterclass, name: input.name ?? masterclass.name }
      ),
      byId: async (id) =>
        id === masterclass.id ? masterclass : Promise.reject(new NotFound("Offer")),
    },
    affiliates: {
      list: async (who, args) => (
        record("affiliates.list", args, who),
        connectionOf([clarkAffiliate], recorder.totalCountCalls)
      ),
      get: async (_who, id) => (id === clarkAffiliate.id ? clarkAffiliate : null),
      join: unused,
      setStatus: unused,
      updatePayoutDetails: unused,
      promoteOffer: unused,
      promotionsOf: async () => [
        {
          affiliateId: "a1",
          offerId: "o1",
          promotedSince: new Date("2026-01-03T00:00:00Z"),
          salesCount: 3,
          commissionCents: 1000,
          currencyCode: "USD",
        },
      ],
      byId: async () => clarkAffiliate,
      onHoldOf: async () => ({
        onHoldCents: 100,
        nextAvailableOn: "2026-03-03",
        onHoldUntil: "2026-03-10",
      }),
    },
    commissions: {
      // Like the real service: the sale as sent, its commission by the offer's rule (the package's).
      record: async (who, input) => (
        record("commissions.record", input, who),
        {
          ...commission,
          offerId: input.offerId,
          orderId: input.orderId,
          saleCents: input.saleCents,
          amountCents: commissionOf(masterclass, input.saleCents),
          occurredAt: input.occurredAt ?? new Date(),
        }
      ),
      reverse: async () => ({ ...commission, reversedAt: new Date("2026-02-05T00:00:00Z") }),
      importSales: async (who, input) => (
        record("commissions.importSales", input, who),
        {
          dryRun: input.dryRun,
          lines: input.rows.map((row, index) => ({
            line: row.line,
            orderId: row.orderId,
            outcome: index === 0 ? SaleImportOutcome.RECORDED : SaleImportOutcome.INVALID,
            commission: index === 0 ? commission : null,
            field: index === 0 ? null : "saleAmount",
            message: index === 0 ? null : "Enter the amount like 49.00.",
          })),
        }
      ),
      listOfAffiliate: async (id, page) => (
        record("commissions.listOfAffiliate", { id, ...page }),
        connectionOf([commission], recorder.totalCountCalls)
      ),
    },
    withdrawals: {
      request: async (who, input) => (
        record("withdrawals.request", input, who),
        { ...withdrawal, amountCents: input.amountCents }
      ),
      process: async (who, input) => (
        record("withdrawals.process", input, who),
        { ...withdrawal, ...input, status: input.status }
      ),
      list: async (who, args) => (
        record("withdrawals.list", args, who),
        connectionOf([withdrawal], recorder.totalCountCalls)
      ),
      get: async (_who, id) => [withdrawal, batchedWithdrawal].find((w) => w.id === id) ?? null,
      byId: async (id) => (
        record("withdrawals.byId", id),
        [withdrawal, batchedWithdrawal].find((w) => w.id === id) ??
          Promise.reject(new NotFound("Withdrawal"))
      ),
      summary: async () => ({
        pendingCount: 2,
        pendingCents: 500,
        approvedCount: 1,
        approvedCents: 300,
        rejectedCount: 0,
        rejectedCents: 0,
        currencyCode: "USD",
      }),
      listOfAffiliate: async (id, args) => (
        record("withdrawals.listOfAffiliate", { id, ...args }),
        connectionOf([withdrawal], recorder.totalCountCalls)
      ),
      historyOf: async (id) => {
        const requested = {
          at: new Date("2026-02-03T10:00:00Z"),
          actor: { id: clark.id, name: clark.name },
          fromStatus: null,
          toStatus: WithdrawalStatus.PENDING,
          receiptNumber: null,
          paidOn: null,
          note: null,
          payoutBatchId: null,
          batchAction: null,
          reason: null,
        };
        if (id !== batchedWithdrawal.id) return [requested];
        const added = {
          ...requested,
          at: batch.createdAt,
          actor: { id: coach.id, name: coach.name },
          fromStatus: WithdrawalStatus.PENDING,
          payoutBatchId: batch.id,
          batchAction: PayoutBatchAction.ADDED,
        };
        return [requested, added];
      },
    },
    payoutBatches: {
      create: async (who, input) => (record("payoutBatches.create", input, who), batch),
      list: async (who, args) => (
        record("payoutBatches.list", args, who),
        {
          ...connectionOf([batch], recorder.totalCountCalls),
          cursorOf: (node) => `cursor-${node.id}`,
        }
      ),
      get: async (_who, id) => (id === batch.id ? batch : null),
      byId: async (id) => (record("payoutBatches.byId", id), batch),
      removeWithdrawal: async (who, id) => (
        record("payoutBatches.removeWithdrawal", id, who),
        { ...batchedWithdrawal, payoutBatchId: null }
      ),
      withdrawalsOf: async (id, page) => (
        record("payoutBatches.withdrawalsOf", { id, ...page }),
        connectionOf([batchedWithdrawal], recorder.totalCountCalls)
      ),
      file: async (id, format) => (
        record("payoutBatches.file", { id, format }),
        "reference,amount\r\nAH-W-w2,3.00\r\n"
      ),
      importsOf: async () => [payoutImport],
      importResults: async (who, input) => (
        record("payoutBatches.importResults", input, who),
        { ...payoutImport, id: input.dryRun ? "dry-run-1" : "i2", dryRun: input.dryRun }
      ),
    },
    reports: {
      monthlyOfSeller: async (who, months) => (
        record("reports.monthlyOfSeller", months, who),
        [{ month: "2026-02", commissionsCents: 1050, paidCents: 300, currencyCode: "USD" }]
      ),
      monthlyOfAffiliate: async (id, months) => (
        record("reports.monthlyOfAffiliate", { id, months }),
        [{ month: "2026-02", commissionsCents: 5, paidCents: 0, currencyCode: "USD" }]
      ),
    },
    webhooks: {
      create: async (who, input) => (
        record("webhooks.create", input, who),
        {
          endpoint: { ...webhookEndpoint, ...input },
          secret: "whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0",
        }
      ),
      list: async (who) => (record("webhooks.list", null, who), [webhookEndpoint]),
      delete: async (who, id) => (record("webhooks.delete", id, who), true),
      deliveriesOf: async (id, first) => (
        record("webhooks.deliveriesOf", { id, first }),
        [webhookDelivery]
      ),
    },
  };
  const session = {
    signIn: async (userId: string) => void recorder.signedIn.push(userId),
    signOut: async () => void (recorder.signedOut += 1),
  };
  return { ctx: { viewer, services, session }, recorder };
}

export const webhookEndpoint = {
  id: "wh1",
  sellerId: "s1",
  url: "https://hooks.demo-coaching.test/allyhut",
  eventTypes: [WebhookEventType.WITHDRAWAL_PROCESSED],
  createdAt: new Date("2026-02-01T00:00:00.000Z"),
};
export const webhookDelivery = {
  id: "d1",
  endpointId: "wh1",
  eventType: WebhookEventType.WITHDRAWAL_PROCESSED,
  status: WebhookDeliveryStatus.DELIVERED,
  attempts: 1,
  responseStatus: 204,
  createdAt: new Date("2026-02-01T00:00:01.000Z"),
  deliveredAt: new Date("2026-02-01T00:00:02.000Z"),
};

export const sellerViewer: Viewer = { userId: coach.id, sellerId: seller.id };
export const affiliateViewer: Viewer = { userId: clark.id, sellerId: null };
