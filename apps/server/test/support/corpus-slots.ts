// The operations the value tables poison, their valid inputs, and how a table becomes cases.
import { ErrorCode } from "@allyhut/schema";
import {
  answered,
  invalid,
  nameOf,
  refused,
  type CorpusCase,
  type CorpusGroup,
  type CorpusTargets,
  type Expected,
  type Refusal,
  type Sender,
  type ValueTable,
} from "./corpus-cases";

export interface Slot {
  /** The operation and field, for the report. */
  name: string;
  as: Sender;
  query: string;
  /** The input field the poisoned value is in: the field a refusal names. */
  field: string;
  /** The variables with `value` in the poisoned place. */
  variables: (t: CorpusTargets, value: unknown) => Record<string, unknown>;
}

const mutation = (name: string, inputType: string, selection = "id") =>
  `mutation M($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;

const today = () => new Date().toISOString().slice(0, 10);

export const REQUEST = mutation("requestWithdrawal", "RequestWithdrawalInput");
export const RECORD = mutation("recordSale", "RecordSaleInput");
export const OFFER = mutation("createOffer", "CreateOfferInput");
export const PROCESS = mutation("processWithdrawal", "ProcessWithdrawalInput");
export const STATUS = mutation("setAffiliateStatus", "SetAffiliateStatusInput");
export const PROMOTE = mutation("promoteOffer", "PromoteOfferInput", "salesCount");
export const PAYOUT = mutation("updatePayoutDetails", "UpdatePayoutDetailsInput");
export const SIGN_UP = mutation("signUp", "SignUpInput");
export const SELLER = mutation("createSeller", "CreateSellerInput");
export const JOIN = mutation("joinAffiliateProgram", "JoinAffiliateProgramInput");

export const sale = (t: CorpusTargets) => ({
  referralCode: t.referralCode,
  offerId: t.offerId,
  orderId: `corpus-${Date.now()}-${Math.random()}`,
  saleAmount: "10.00",
});
export const offer = {
  name: "Corpus offer",
  price: "10.00",
  commissionType: "FLAT",
  commissionValue: "1.00",
};
export const approve = (t: CorpusTargets) => ({
  withdrawalId: t.withdrawalId,
  status: "APPROVED",
  receiptNumber: "R-1",
  paidOn: today(),
});
export const signUp = {
  name: "Corpus",
  email: "corpus-new@corpus.test",
  password: "corpus-password",
};
export const join = (t: CorpusTargets) => ({
  sellerSlug: t.sellerSlug,
  paymentMethod: "PAYPAL",
  payoutAccount: "member@corpus.test",
});

/** The answer a value refused this way in `slot` must get. */
export function expectedOf(slot: Slot, refusal: Refusal): Expected {
  if (refusal === "type") return invalid(slot.field);
  if (refusal === "rule") return refused(slot.field);
  if (refusal === "no record") return answered(ErrorCode.NOT_FOUND);
  return refusal;
}

/** Every slot × every value, as cases, each expecting its value's refusal. */
export function table(name: string, slots: Slot[], values: ValueTable): CorpusGroup {
  return {
    name,
    cases: (t) =>
      slots.flatMap((slot) =>
        values.map(([value, refusal]): CorpusCase => ({
          name: `${slot.name} = ${nameOf(value)}`,
          as: slot.as,
          graphql: { query: slot.query, variables: slot.variables(t, value) },
          expect: expectedOf(slot, refusal),
        })),
      ),
  };
}

/** One field, several values: lengths, blanks, formats. */
export function field(slot: Slot, values: ValueTable): CorpusGroup {
  return table(slot.name, [slot], values);
}
