import { Input, SegmentedControl, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { PaymentMethod } from "@allyhut/schema";
import type { PayoutDetailsValues } from "./payout-rules";

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
