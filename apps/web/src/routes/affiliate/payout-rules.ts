import { type PaymentMethod, payoutAccountProblem } from "@allyhut/schema";

export interface PayoutDetailsValues {
  paymentMethod: PaymentMethod;
  payoutAccount: string;
}

/** The payout details forms (join, update) judge as the API does (@allyhut/schema's rules). */
export const payoutDetailsValidators = {
  payoutAccount: (value: string, values: PayoutDetailsValues) =>
    payoutAccountProblem(values.paymentMethod, value),
};

/** The payment method and trimmed account the forms send. */
export const payoutDetailsInput = (values: PayoutDetailsValues) => ({
  paymentMethod: values.paymentMethod,
  payoutAccount: values.payoutAccount.trim(),
});
