// Registers the browser-safe string enums of ../enums with GraphQL, with a description for every value.
import { registerEnumType } from "type-graphql";
import {
  AffiliateOrderField,
  AffiliateStatus,
  CommissionType,
  PaymentMethod,
  PayoutBatchAction,
  PayoutBatchStatus,
  PayoutFileFormat,
  PayoutImportOutcome,
  SaleImportOutcome,
  SortDirection,
  WebhookDeliveryStatus,
  WebhookEventType,
  WithdrawalOrderField,
  WithdrawalStatus,
} from "../enums";

registerEnumType(AffiliateStatus, {
  name: "AffiliateStatus",
  description: "Whether an affiliate may promote offers and earn new commissions.",
  valuesConfig: {
    ACTIVE: { description: "Promotes offers and earns commissions on referred sales." },
    DISABLED: {
      description:
        "Switched off by the seller: cannot promote offers or earn new commissions; money already earned stays theirs and can still be withdrawn.",
    },
  },
});

registerEnumType(WithdrawalStatus, {
  name: "WithdrawalStatus",
  description:
    "Where a withdrawal request stands. PENDING → APPROVED or PENDING → REJECTED; APPROVED and REJECTED are final.",
  valuesConfig: {
    PENDING: {
      description: "Waiting for the seller; the amount is held out of the available balance.",
    },
    APPROVED: {
      description: "Paid by the seller, with a receipt number and the date paid. Final.",
    },
    REJECTED: {
      description: "Declined by the seller; the amount is back in the available balance. Final.",
    },
  },
});

registerEnumType(PaymentMethod, {
  name: "PaymentMethod",
  description: "How the seller pays an affiliate out.",
  valuesConfig: {
    PAYPAL: { description: "To a PayPal account; the payout account is its email address." },
    BANK_TRANSFER: {
      description: "By bank transfer; the payout account is a bank account reference.",
    },
  },
});

registerEnumType(CommissionType, {
  name: "CommissionType",
  description: "How an offer's commission is computed.",
  valuesConfig: {
    PERCENTAGE: {
      description:
        "A percentage of the sale amount (value 0–100 with 2 decimals), rounded half-up to the cent.",
    },
    FLAT: { description: "A fixed amount in the seller's currency per sale." },
  },
});

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "The direction of a sort order.",
  valuesConfig: {
    ASC: { description: "Smallest, earliest or A first." },
    DESC: { description: "Largest, latest or Z first." },
  },
});

registerEnumType(AffiliateOrderField, {
  name: "AffiliateOrderField",
  description: "What the My Affiliates list can be sorted by.",
  valuesConfig: {
    NAME: { description: "The affiliate's name." },
    JOINED_AT: { description: "When the affiliate joined the program." },
    SALES_COUNT: { description: "How many referred sales the affiliate has." },
    COMMISSION_TOTAL: { description: "Commissions earned, less reversed ones." },
    PENDING_TOTAL: { description: "The amount held in PENDING withdrawals." },
  },
});

registerEnumType(WithdrawalOrderField, {
  name: "WithdrawalOrderField",
  description: "What the Payouts list can be sorted by.",
  valuesConfig: {
    REQUESTED_AT: { description: "When the withdrawal was requested." },
    AMOUNT: { description: "The amount asked for." },
  },
});

registerEnumType(SaleImportOutcome, {
  name: "SaleImportOutcome",
  description: "What became of one line of an imported sales file (importSales).",
  valuesConfig: {
    RECORDED: {
      description: "A new sale: its commission is recorded (with dryRun: would be recorded).",
    },
    ALREADY_RECORDED: {
      description: "The same order with the same details was recorded before: nothing changed.",
    },
    CONFLICT: {
      description:
        "The order id was recorded before with another referral code, offer, amount or date: nothing changed.",
    },
    UNKNOWN_REFERRAL_CODE: { description: "No affiliate of this seller has this referral code." },
    UNKNOWN_OFFER: { description: "No offer of this seller has this id or name." },
    NOT_CREDITED: {
      description:
        "The affiliate is switched off, does not promote the offer, or the offer is off sale: no commission.",
    },
    INVALID: { description: "A value cannot be read (field and message say which and why)." },
  },
});

registerEnumType(PayoutBatchStatus, {
  name: "PayoutBatchStatus",
  description: "Where a payout batch stands.",
  valuesConfig: {
    OPEN: { description: "Created; its file can be downloaded; results can be imported." },
    CLOSED: { description: "Every withdrawal in it is APPROVED, REJECTED or was taken out." },
  },
});

registerEnumType(PayoutFileFormat, {
  name: "PayoutFileFormat",
  description: "The bulk-payment files a payout batch can be downloaded as.",
  valuesConfig: {
    PAYPAL_PAYOUTS: { description: "PayPal Payouts bulk upload (CSV)." },
    WISE_BATCH: { description: "Wise batch payment (CSV)." },
    GENERIC_CSV: {
      description:
        "AllyHut's own CSV: reference, name, email, payment_method, payout_account, amount, currency.",
    },
  },
});

registerEnumType(PayoutImportOutcome, {
  name: "PayoutImportOutcome",
  description: "What became of one line of an imported payout report (importPayoutResults).",
  valuesConfig: {
    APPROVED: {
      description:
        "Paid: the withdrawal is now APPROVED with the provider's transaction id as receipt number (with dryRun: would be).",
    },
    ALREADY_APPROVED: { description: "The same line was imported before; nothing changed." },
    FAILED: {
      description:
        "The provider could not pay (failed, returned, unclaimed): the withdrawal stays PENDING and leaves the batch.",
    },
    UNMATCHED: { description: "No withdrawal of this batch has this reference." },
    AMOUNT_MISMATCH: {
      description: "The amount or currency differs from the withdrawal's: nothing changed.",
    },
    DUPLICATE_RECEIPT: {
      description:
        "The receipt number is already on another withdrawal of this seller: nothing changed.",
    },
  },
});

registerEnumType(PayoutBatchAction, {
  name: "PayoutBatchAction",
  description: "What a withdrawal's history entry did to its payout batch.",
  valuesConfig: {
    ADDED: { description: "The withdrawal was put into the payout batch." },
    REMOVED: {
      description:
        "The withdrawal left the payout batch: taken out by the seller, or the provider could not pay it (reason says which).",
    },
  },
});

registerEnumType(WebhookEventType, {
  name: "WebhookEventType",
  description:
    "What a webhook endpoint can be sent: each is something that happened in the program.",
  valuesConfig: {
    WITHDRAWAL_REQUESTED: { description: "An affiliate asked to be paid (data.withdrawal)." },
    WITHDRAWAL_PROCESSED: {
      description:
        "A withdrawal was approved or rejected, by hand or by an imported payout report (data.withdrawal).",
    },
    AFFILIATE_STATUS_CHANGED: {
      description: "An affiliate was switched off or on (data.affiliate).",
    },
    SALE_RECORDED: {
      description: "A referred sale was recorded with its commission (data.commission).",
    },
    SALE_REVERSED: { description: "A sale was reversed (refunded), and its commission with it." },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where one delivery of an event to an endpoint stands.",
  valuesConfig: {
    PENDING: { description: "Not delivered yet: being tried, or waiting for its next attempt." },
    DELIVERED: { description: "The endpoint answered 2xx." },
    FAILED: {
      description:
        "Given up: out of attempts, refused for good (410 Gone, an address no longer public), or the endpoint was deleted.",
    },
  },
});

export {
  AffiliateOrderField,
  AffiliateStatus,
  CommissionType,
  PaymentMethod,
  PayoutBatchAction,
  PayoutBatchStatus,
  PayoutFileFormat,
  PayoutImportOutcome,
  SaleImportOutcome,
  SortDirection,
  WebhookDeliveryStatus,
  WebhookEventType,
  WithdrawalOrderField,
  WithdrawalStatus,
};
