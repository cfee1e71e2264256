// The operations the value tables poison, their valid inputs, and how a table becomes cases.
import {
  BAD_INPUT,
  named,
  type CorpusCase,
  type CorpusGroup,
  type CorpusTargets,
  type Sender,
} from "./corpus-cases";

export interface Slot {
  /** The operation and field, for the report. */
  name: string;
  as: Sender;
  query: string;
  /** The variables with `value` in the poisoned place. */
  variables: (t: CorpusTargets, value: unknown) => Record<string, unknown>;
  codes?: readonly string[];
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

/** Every slot × every value, as cases. */
export function table(name: string, slots: Slot[], values: readonly unknown[]): CorpusGroup {
  return {
    name,
    cases: (t) =>
      slots.flatMap((slot) =>
        named(values).map(([value, label]): CorpusCase => ({
          name: `${slot.name} = ${label}`,
          as: slot.as,
          graphql: { query: slot.query, variables: slot.variables(t, value) },
          codes: slot.codes ?? BAD_INPUT,
        })),
      ),
  };
}

/** One field, several values: lengths, blanks, formats. */
export function field(slot: Slot, values: readonly unknown[]): CorpusGroup {
  return table(slot.name, [slot], values);
}
