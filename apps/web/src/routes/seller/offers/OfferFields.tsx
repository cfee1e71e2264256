import { Input, SegmentedControl, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useId } from "react";
import { CommissionType, HOLD_DAYS_MAX } from "@allyhut/schema";
import type { OfferValues } from "./offer-rules";

interface OfferFieldsProps<Values extends OfferValues> {
  form: UseFormReturnType<Values>;
  currencyCode: string;
}

/**
 * Name, price, commission, hold period and sales page: the fields the Create and Edit offer forms
 * share.
 */
export function OfferFields<Values extends OfferValues>({
  form,
  currencyCode,
}: OfferFieldsProps<Values>) {
  // Both forms can be on the page at once (Edit opens over Offers): ids must differ.
  const commissionTypeLabelId = useId();
  const percentage = form.values.commissionType === CommissionType.PERCENTAGE;
  return (
    <>
      <TextInput label="Name" required {...form.getInputProps("name")} />
      <TextInput
        label={`Price (${currencyCode})`}
        inputMode="decimal"
        placeholder="99.00"
        required
        {...form.getInputProps("price")}
      />
      <Input.Wrapper label="Commission type" id={commissionTypeLabelId}>
        <SegmentedControl
          fullWidth
          // Input.Wrapper gives its label the id "<id>-label".
          aria-labelledby={`${commissionTypeLabelId}-label`}
          data={[
            { value: CommissionType.PERCENTAGE, label: "Percentage" },
            { value: CommissionType.FLAT, label: "Flat amount" },
          ]}
          {...form.getInputProps("commissionType")}
        />
      </Input.Wrapper>
      <TextInput
        label={percentage ? "Commission (%)" : `Commission (${currencyCode})`}
        description={percentage ? "Of each sale, 0–100" : "Per sale"}
        inputMode="decimal"
        placeholder={percentage ? "10" : "5.00"}
        required
        {...form.getInputProps("commissionValue")}
      />
      <TextInput
        label="Hold period (days)"
        description={`Your refund window, ${HOLD_DAYS_MAX} days at most: each commission waits this long after its sale before the affiliate can withdraw it, so a refund never takes back money already paid out. 0 for none.`}
        inputMode="numeric"
        placeholder="0"
        {...form.getInputProps("holdDays")}
      />
      <TextInput
        label="Sales page"
        description="Where referral links point (https://…); affiliates add their code to it"
        type="url"
        inputMode="url"
        placeholder="https://example.com/masterclass"
        {...form.getInputProps("url")}
      />
    </>
  );
}
