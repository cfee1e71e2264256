import { useMutation } from "@apollo/client/react";
import { Button, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { PaymentMethod } from "@allyhut/schema";
import { showToast } from "../../app/toasts";
import { graphql } from "../../gql";
import { showApiError } from "../../lib/errors";
import { PayoutDetailsFields } from "./PayoutDetailsFields";
import {
  payoutDetailsInput,
  payoutDetailsValidators,
  type PayoutDetailsValues,
} from "./payout-rules";
import { FormError } from "../../components/FormError";

const UpdatePayoutDetailsMutation = graphql(`
  mutation UpdatePayoutDetails($input: UpdatePayoutDetailsInput!) {
    updatePayoutDetails(input: $input) {
      id
      paymentMethod
      payoutAccount
    }
  }
`);

interface PayoutDetailsFormProps {
  affiliateId: string;
  paymentMethod: string;
  payoutAccount: string;
}

/** Where the seller pays new withdrawal requests. */
export function PayoutDetailsForm(props: PayoutDetailsFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [update] = useMutation(UpdatePayoutDetailsMutation);
  const form = useForm<PayoutDetailsValues>({
    initialValues: {
      paymentMethod: props.paymentMethod as PaymentMethod,
      payoutAccount: props.payoutAccount,
    },
    validate: payoutDetailsValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const input = { affiliateId: props.affiliateId, ...payoutDetailsInput(values) };
      await update({ variables: { input } });
      form.resetDirty();
      showToast({ color: "green", message: "Payout details saved." });
    } catch (error) {
      showApiError(form, error, setFormError);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Payout details">
      <Stack>
        <FormError message={formError} />
        <PayoutDetailsFields form={form} />
        <Text size="xs" c="dimmed">
          Applies to new requests; earlier ones keep the details they were made with.
        </Text>
        <Button type="submit" variant="light" loading={form.submitting} disabled={!form.isDirty()}>
          Save payout details
        </Button>
      </Stack>
    </form>
  );
}
