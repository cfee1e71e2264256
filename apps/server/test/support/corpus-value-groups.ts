// Tables of bad values × the operations and fields they go into; every other input is valid.
import { ErrorCode } from "@allyhut/schema";
import {
  BAD_DATE_TIMES,
  BAD_IDS,
  BAD_LOCAL_DATES,
  MALFORMED_DECIMALS,
  all,
  answered,
  type CorpusGroup,
} from "./corpus-cases";
import {
  OFFER,
  PAYOUT,
  PROCESS,
  PROMOTE,
  RECORD,
  REQUEST,
  STATUS,
  approve,
  field,
  offer,
  sale,
  table,
  type Slot,
} from "./corpus-slots";

const decimalSlots: Slot[] = [
  {
    name: "requestWithdrawal.amount",
    as: "affiliate",
    query: REQUEST,
    field: "amount",
    variables: (t, amount) => ({ input: { affiliateId: t.affiliateId, amount } }),
  },
  {
    name: "recordSale.saleAmount",
    as: "seller",
    query: RECORD,
    field: "saleAmount",
    variables: (t, saleAmount) => ({ input: { ...sale(t), saleAmount } }),
  },
  {
    name: "createOffer.price",
    as: "seller",
    query: OFFER,
    field: "price",
    variables: (_, price) => ({ input: { ...offer, price } }),
  },
  {
    name: "createOffer.commissionValue",
    as: "seller",
    query: OFFER,
    field: "commissionValue",
    variables: (_, commissionValue) => ({ input: { ...offer, commissionValue } }),
  },
];

// An id that is not one of the sender's records: NOT_FOUND; no ID at all: GraphQL refuses it.
const idSlots: Slot[] = [
  {
    name: "requestWithdrawal.affiliateId",
    as: "affiliate",
    query: REQUEST,
    field: "affiliateId",
    variables: (_, affiliateId) => ({ input: { affiliateId, amount: "1.00" } }),
  },
  {
    name: "setAffiliateStatus.affiliateId",
    as: "seller",
    query: STATUS,
    field: "affiliateId",
    variables: (_, affiliateId) => ({ input: { affiliateId, status: "DISABLED" } }),
  },
  {
    name: "promoteOffer.offerId",
    as: "affiliate",
    query: PROMOTE,
    field: "offerId",
    variables: (t, offerId) => ({ input: { affiliateId: t.affiliateId, offerId } }),
  },
  {
    name: "processWithdrawal.withdrawalId",
    as: "seller",
    query: PROCESS,
    field: "withdrawalId",
    variables: (t, withdrawalId) => ({ input: { ...approve(t), withdrawalId } }),
  },
  {
    name: "updatePayoutDetails.affiliateId",
    as: "affiliate",
    query: PAYOUT,
    field: "affiliateId",
    variables: (_, affiliateId) => ({
      input: { affiliateId, paymentMethod: "PAYPAL", payoutAccount: "x@corpus.test" },
    }),
  },
  {
    name: "recordSale.offerId",
    as: "seller",
    query: RECORD,
    field: "offerId",
    variables: (t, offerId) => ({ input: { ...sale(t), offerId } }),
  },
];

export const VALUE_GROUPS: CorpusGroup[] = [
  table("malformed decimals", decimalSlots, all("type", MALFORMED_DECIMALS)),
  table("ids that are not the sender's", idSlots, BAD_IDS),
  field(
    {
      name: "processWithdrawal.paidOn",
      as: "seller",
      query: PROCESS,
      field: "paidOn",
      variables: (t, paidOn) => ({ input: { ...approve(t), paidOn } }),
    },
    BAD_LOCAL_DATES,
  ),
  field(
    {
      name: "recordSale.occurredAt",
      as: "seller",
      query: RECORD,
      field: "occurredAt",
      variables: (t, occurredAt) => ({ input: { ...sale(t), occurredAt } }),
    },
    BAD_DATE_TIMES,
  ),
  field(
    {
      name: "requestWithdrawal.amount (range)",
      as: "affiliate",
      query: REQUEST,
      field: "amount",
      variables: (t, amount) => ({ input: { affiliateId: t.affiliateId, amount } }),
    },
    [
      ...all("rule", ["0", "0.00"]),
      // Well-formed, and more than the affiliate's 9.00 available.
      ...all(answered(ErrorCode.INSUFFICIENT_FUNDS), ["9999999999999.99", "1000000.00"]),
    ],
  ),
  field(
    {
      name: "recordSale.orderId",
      as: "seller",
      query: RECORD,
      field: "orderId",
      variables: (t, orderId) => ({ input: { ...sale(t), orderId } }),
    },
    [...all("rule", ["", "   ", "o".repeat(101)]), ...all("type", [12345, { id: 1 }, ["a"], null])],
  ),
  field(
    {
      name: "createOffer.commissionValue (PERCENTAGE over 100)",
      as: "seller",
      query: OFFER,
      field: "commissionValue",
      variables: (_, commissionValue) => ({
        input: { ...offer, commissionType: "PERCENTAGE", commissionValue },
      }),
    },
    all("rule", ["100.01", "101", "1000", "9999999999999.99"]),
  ),
  field(
    {
      name: "createOffer.name",
      as: "seller",
      query: OFFER,
      field: "name",
      variables: (_, name) => ({ input: { ...offer, name } }),
    },
    [
      ...all("rule", ["", "   ", "n".repeat(201), "tab\there", "nul\u0000byte"]),
      ...all("type", [42, null]),
    ],
  ),
  field(
    {
      name: "processWithdrawal.receiptNumber",
      as: "seller",
      query: PROCESS,
      field: "receiptNumber",
      variables: (t, receiptNumber) => ({ input: { ...approve(t), receiptNumber } }),
    },
    // null is a String? the type takes: approving without a receipt is the rule's refusal.
    [...all("rule", ["", "   ", "r".repeat(101), null]), ...all("type", [7])],
  ),
  field(
    {
      name: "processWithdrawal.note",
      as: "seller",
      query: PROCESS,
      field: "note",
      variables: (t, note) => ({
        input: { withdrawalId: t.withdrawalId, status: "PENDING", note },
      }),
    },
    [...all("rule", ["n".repeat(2_001), "💸".repeat(2_001)]), ...all("type", [42, { text: "x" }])],
  ),
  field(
    {
      name: "processWithdrawal.status",
      as: "seller",
      query: PROCESS,
      field: "status",
      variables: (t, status) => ({ input: { ...approve(t), status } }),
    },
    all("type", ["PAID", "approved", "", "APPROVED; DROP TABLE withdrawals", 1, null]),
  ),
  field(
    {
      name: "setAffiliateStatus.status",
      as: "seller",
      query: STATUS,
      field: "status",
      variables: (t, status) => ({ input: { affiliateId: t.affiliateId, status } }),
    },
    all("type", ["DELETED", "disabled", "", 0, null, ["DISABLED"]]),
  ),
];
