import { useMutation } from "@apollo/client/react";
import { Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorCode, PaymentMethod } from "@allyhut/schema";
import { ViewerQuery } from "../../app/viewer";
import { graphql } from "../../gql";
import { apiErrorCode, describeApiError, fieldErrors } from "../../lib/errors";
import { PayoutDetailsFields } from "../affiliate/PayoutDetailsFields";
import {
  payoutDetailsInput,
  payoutDetailsValidators,
  type PayoutDetailsValues,
} from "../affiliate/payout-rules";
import { FormError } from "../../components/FormError";

const JoinProgramMutation = graphql(`
  mutation JoinProgram($input: JoinAffiliateProgramInput!) {
    joinAffiliateProgram(input: $input) {
      id
      status
      seller {
        id
        name
        slug
        currencyCode
      }
    }
  }
`);

export function JoinProgramForm({ sellerSlug }: { sellerSlug: string }) {
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [join] = useMutation(JoinProgramMutation, {
    refetchQueries: [{ query: ViewerQuery }],
    awaitRefetchQueries: true,
  });
  const form = useForm<PayoutDetailsValues>({
    initialValues: { paymentMethod: PaymentMethod.PAYPAL, payoutAccount: "" },
    validate: payoutDetailsValidators,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const input = { sellerSlug, ...payoutDetailsInput(values) };
      const { data } = await join({ variables: { input } });
      if (data) await navigate(`/affiliate/${data.joinAffiliateProgram.id}`);
    } catch (error) {
      const code = apiErrorCode(error);
      const byField = fieldErrors(error);
      if (code === ErrorCode.NOT_FOUND) {
        setFormError(
          `There is no affiliate program at “${sellerSlug}”. Check the link you were given.`,
        );
      } else if (code === ErrorCode.ALREADY_EXISTS) {
        setFormError("You are already in this program.");
      } else if (Object.keys(byField).length > 0) {
        form.setErrors(byField);
      } else {
        setFormError(describeApiError(error));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Join the program">
      <Stack>
        <FormError message={formError} />
        <PayoutDetailsFields form={form} />
        <Button type="submit" loading={form.submitting}>
          Join the program
        </Button>
      </Stack>
    </form>
  );
}
