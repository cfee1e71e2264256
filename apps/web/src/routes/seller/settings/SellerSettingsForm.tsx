import { useMutation } from "@apollo/client/react";
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { showToast } from "../../../app/toasts";
import { FormError } from "../../../components/FormError";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { showApiError } from "../../../lib/errors";
import {
  sellerSettingsInput,
  sellerSettingsValidators,
  type SellerSettingsValues,
} from "./settings-rules";

export const SellerSettingsForm_seller = graphql(`
  fragment SellerSettingsForm_seller on Seller {
    id
    name
    currencyCode
    minimumPayout {
      amount
      currencyCode
    }
  }
`);

const UpdateSellerSettingsMutation = graphql(`
  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {
    updateSellerSettings(input: $input) {
      id
      name
      ...SellerSettingsForm_seller
    }
  }
`);

/** The seller's name and minimum payout; the answer updates the cached seller (navigation too). */
export function SellerSettingsForm(props: {
  seller: FragmentType<typeof SellerSettingsForm_seller>;
}) {
  const seller = getFragmentData(SellerSettingsForm_seller, props.seller);
  const [formError, setFormError] = useState<string | null>(null);
  const [updateSettings] = useMutation(UpdateSellerSettingsMutation);
  const form = useForm<SellerSettingsValues>({
    initialValues: { name: seller.name, minimumPayout: seller.minimumPayout.amount },
    validate: sellerSettingsValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await updateSettings({
        variables: { input: sellerSettingsInput(values) },
      });
      if (data) {
        // The form shows what was stored: the trimmed name, the minimum with two decimals.
        const saved = getFragmentData(SellerSettingsForm_seller, data.updateSellerSettings);
        const savedValues = { name: saved.name, minimumPayout: saved.minimumPayout.amount };
        form.setValues(savedValues);
        form.resetDirty(savedValues);
      }
      showToast({ color: "green", message: "Settings saved." });
    } catch (error) {
      showApiError(form, error, setFormError);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Seller settings">
      <Stack>
        <FormError message={formError} title="Not saved" />
        <TextInput
          label="Business name"
          description="Shown to affiliates on your join page and in their affiliate center."
          required
          {...form.getInputProps("name")}
        />
        <TextInput
          label={`Minimum payout (${seller.currencyCode})`}
          description="The smallest amount an affiliate may request in one withdrawal; 0 for no minimum. Requests already made are not affected."
          inputMode="decimal"
          placeholder="0.00"
          autoComplete="off"
          required
          {...form.getInputProps("minimumPayout")}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
