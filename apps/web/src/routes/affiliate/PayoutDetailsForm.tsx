import { useMutation } from "@apollo/client/react";
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import type { PaymentMethod } from "@allyhut/schema";
import { showToast } from "../../app/toasts";
import { graphql } from "../../gql";
import { describeApiError, fieldErrors } from "../../lib/errors";
import { PayoutDetailsFields } from "./PayoutDetailsFields";
import {
  payoutDetailsInput,
  payoutDetailsValidators,
  type PayoutDetailsValues,
} from "./payout-rules";

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
      const byField = fieldErrors(error);
      if (Object.keys(byField).length > 0) form.setErrors(byField);
      else setFormError(describeApiError(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Payout details">
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
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
