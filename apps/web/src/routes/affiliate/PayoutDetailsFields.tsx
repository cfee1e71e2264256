import { Input, SegmentedControl, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { PaymentMethod } from "@allyhut/schema";

export interface PayoutDetailsValues {
  paymentMethod: PaymentMethod;
  payoutAccount: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Rules for the payout account: a PayPal email, or a bank account reference. */
export function payoutAccountError(value: string, values: PayoutDetailsValues): string | null {
  const account = value.trim();
  if (values.paymentMethod === PaymentMethod.PAYPAL) {
    return EMAIL_PATTERN.test(account) ? null : "Enter the email address of your PayPal account";
  }
  if (account.length < 4) return "Enter your bank account reference (IBAN or account number)";
  return account.length > 254 ? "Use at most 254 characters" : null;
}

/** Payment method (PayPal / Bank transfer) and the account to pay. */
export function PayoutDetailsFields<T extends PayoutDetailsValues>({
  form,
}: {
  form: UseFormReturnType<T>;
}) {
  const paypal = form.values.paymentMethod === PaymentMethod.PAYPAL;
  return (
    <Stack>
      <Input.Wrapper label="Payment method" id="payment-method-label">
        <SegmentedControl
          fullWidth
          aria-labelledby="payment-method-label"
          data={[
            { value: PaymentMethod.PAYPAL, label: "PayPal" },
            { value: PaymentMethod.BANK_TRANSFER, label: "Bank transfer" },
          ]}
          {...form.getInputProps("paymentMethod")}
        />
      </Input.Wrapper>
      <TextInput
        label={paypal ? "PayPal email" : "Bank account (IBAN or account number)"}
        type={paypal ? "email" : "text"}
        autoComplete={paypal ? "email" : "off"}
        required
        {...form.getInputProps("payoutAccount")}
      />
    </Stack>
  );
}
