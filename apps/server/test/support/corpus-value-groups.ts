// Tables of bad values × the operations and fields they go into; every other input is valid.
import {
  BAD_DATE_TIMES,
  BAD_IDS,
  BAD_LOCAL_DATES,
  MALFORMED_DECIMALS,
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
    variables: (t, amount) => ({ input: { affiliateId: t.affiliateId, amount } }),
  },
  {
    name: "recordSale.saleAmount",
    as: "seller",
    query: RECORD,
    variables: (t, saleAmount) => ({ input: { ...sale(t), saleAmount } }),
  },
  {
    name: "createOffer.price",
    as: "seller",
    query: OFFER,
    variables: (_, price) => ({ input: { ...offer, price } }),
  },
  {
    name: "createOffer.commissionValue",
    as: "seller",
    query: OFFER,
    variables: (_, commissionValue) => ({ input: { ...offer, commissionValue } }),
  },
];

// An id that is not one of the sender's records: NOT_FOUND, or BAD_USER_INPUT if it is no id at all.
const NOT_YOURS = ["NOT_FOUND", "BAD_USER_INPUT"];
const idSlots: Slot[] = [
  {
    name: "requestWithdrawal.affiliateId",
    as: "affiliate",
    query: REQUEST,
    variables: (_, affiliateId) => ({ input: { affiliateId, amount: "1.00" } }),
    codes: NOT_YOURS,
  },
  {
    name: "setAffiliateStatus.affiliateId",
    as: "seller",
    query: STATUS,
    variables: (_, affiliateId) => ({ input: { affiliateId, status: "DISABLED" } }),
    codes: NOT_YOURS,
  },
  {
    name: "promoteOffer.offerId",
    as: "affiliate",
    query: PROMOTE,
    variables: (t, offerId) => ({ input: { affiliateId: t.affiliateId, offerId } }),
    codes: NOT_YOURS,
  },
  {
    name: "processWithdrawal.withdrawalId",
    as: "seller",
    query: PROCESS,
    variables: (t, withdrawalId) => ({ input: { ...approve(t), withdrawalId } }),
    codes: NOT_YOURS,
  },
  {
    name: "updatePayoutDetails.affiliateId",
    as: "affiliate",
    query: PAYOUT,
    variables: (_, affiliateId) => ({
      input: { affiliateId, paymentMethod: "PAYPAL", payoutAccount: "x@corpus.test" },
    }),
    codes: NOT_YOURS,
  },
  {
    name: "recordSale.offerId",
    as: "seller",
    query: RECORD,
    variables: (t, offerId) => ({ input: { ...sale(t), offerId } }),
    codes: NOT_YOURS,
  },
];

export const VALUE_GROUPS: CorpusGroup[] = [
  table("malformed decimals", decimalSlots, MALFORMED_DECIMALS),
  table("ids that are not the sender's", idSlots, BAD_IDS),
  field(
    {
      name: "processWithdrawal.paidOn",
      as: "seller",
      query: PROCESS,
      variables: (t, paidOn) => ({ input: { ...approve(t), paidOn } }),
    },
    BAD_LOCAL_DATES,
  ),
  field(
    {
      name: "recordSale.occurredAt",
      as: "seller",
      query: RECORD,
      variables: (t, occurredAt) => ({ input: { ...sale(t), occurredAt } }),
    },
    BAD_DATE_TIMES,
  ),
  field(
    {
      name: "requestWithdrawal.amount (range)",
      as: "affiliate",
      query: REQUEST,
      variables: (t, amount) => ({ input: { affiliateId: t.affiliateId, amount } }),
      codes: ["BAD_USER_INPUT", "INSUFFICIENT_FUNDS"],
    },
    ["0", "0.00", "9999999999999.99", "1000000.00"],
  ),
  field(
    {
      name: "recordSale.orderId",
      as: "seller",
      query: RECORD,
      variables: (t, orderId) => ({ input: { ...sale(t), orderId } }),
    },
    ["", "   ", "o".repeat(101), 12345, { id: 1 }, ["a"], null],
  ),
  field(
    {
      name: "createOffer.commissionValue (PERCENTAGE over 100)",
      as: "seller",
      query: OFFER,
      variables: (_, commissionValue) => ({
        input: { ...offer, commissionType: "PERCENTAGE", commissionValue },
      }),
    },
    ["100.01", "101", "1000", "9999999999999.99"],
  ),
  field(
    {
      name: "createOffer.name",
      as: "seller",
      query: OFFER,
      variables: (_, name) => ({ input: { ...offer, name } }),
    },
    ["", "   ", "n".repeat(201), "tab\there", "nul\u0000byte", 42, null],
  ),
  field(
    {
      name: "processWithdrawal.receiptNumber",
      as: "seller",
      query: PROCESS,
      variables: (t, receiptNumber) => ({ input: { ...approve(t), receiptNumber } }),
    },
    ["", "   ", "r".repeat(101), null, 7],
  ),
  field(
    {
      name: "processWithdrawal.note",
      as: "seller",
      query: PROCESS,
      variables: (t, note) => ({
        input: { withdrawalId: t.withdrawalId, status: "PENDING", note },
      }),
    },
    ["n".repeat(2_001), "💸".repeat(2_001), 42, { text: "x" }],
  ),
  field(
    {
      name: "processWithdrawal.status",
      as: "seller",
      query: PROCESS,
      variables: (t, status) => ({ input: { ...approve(t), status } }),
    },
    ["PAID", "approved", "", "APPROVED; DROP TABLE withdrawals", 1, null],
  ),
  field(
    {
      name: "setAffiliateStatus.status",
      as: "seller",
      query: STATUS,
      variables: (t, status) => ({ input: { affiliateId: t.affiliateId, status } }),
    },
    ["DELETED", "disabled", "", 0, null, ["DISABLED"]],
  ),
];
