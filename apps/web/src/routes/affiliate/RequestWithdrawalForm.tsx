import { useMutation } from "@apollo/client/react";
import { Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId, useRef, useState } from "react";
import { ErrorCode } from "@allyhut/schema";
import { showToast } from "../../app/toasts";
import { graphql } from "../../gql";
import { evictMoneyViews } from "../../lib/cache";
import { newIdempotencyKey } from "../../lib/idempotency";
import { apiErrorCode, showApiError } from "../../lib/errors";
import { apiDecimalToCents, formatMoneyValue } from "../../lib/money";
import {
  belowMinimumReason,
  withdrawalAmountError,
  withdrawalRequestInput,
} from "./withdrawal-request-rules";
import { FormError } from "../../components/FormError";

const RequestWithdrawalMutation = graphql(`
  mutation RequestWithdrawal($input: RequestWithdrawalInput!) {
    requestWithdrawal(input: $input) {
      id
      status
      amount {
        amount
        currencyCode
      }
      affiliate {
        id
        pendingWithdrawalCount
        balance {
          ...BalanceCards_balance
        }
      }
    }
  }
`);

type Money = { amount: string; currencyCode: string };

interface RequestWithdrawalFormProps {
  affiliateId: string;
  available: Money;
  /** The seller's smallest withdrawal; absent or 0.00: no minimum. */
  minimumPayout?: Money | null;
}

/** Ask for part of the available balance; the amount is a decimal string, checked in cents. */
export function RequestWithdrawalForm({
  affiliateId,
  available,
  minimumPayout,
}: RequestWithdrawalFormProps) {
  const availableCents = apiDecimalToCents(available.amount);
  const minimum =
    minimumPayout && apiDecimalToCents(minimumPayout.amount) > 0 ? minimumPayout : null;
  const disabledReason = minimum && belowMinimumReason(available, minimum);
  const reasonId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  // One key per amount: a retry after a lost response cannot withdraw twice.
  const idempotency = useRef<{ amount: string; key: string } | null>(null);
  const [requestWithdrawal] = useMutation(RequestWithdrawalMutation, {
    refetchQueries: "active",
    awaitRefetchQueries: true,
    update: (cache) => evictMoneyViews(cache, affiliateId),
  });
  const form = useForm({
    initialValues: { amount: "" },
    validate: {
      amount: (value) => withdrawalAmountError(value, available, minimum ?? undefined),
    },
  });

  const submit = form.onSubmit(async ({ amount }) => {
    setFormError(null);
    const trimmed = amount.trim();
    if (idempotency.current?.amount !== trimmed) {
      idempotency.current = { amount: trimmed, key: newIdempotencyKey() };
    }
    try {
      const input = withdrawalRequestInput(affiliateId, amount, idempotency.current.key);
      const { data } = await requestWithdrawal({ variables: { input } });
      idempotency.current = null;
      form.reset();
      const requested = data?.requestWithdrawal.amount;
      showToast({
        color: "green",
        title: "Withdrawal requested",
        message: `${requested ? formatMoneyValue(requested) : "Your request"} is pending: the seller will pay it and let you know.`,
      });
    } catch (error) {
      if (apiErrorCode(error) === ErrorCode.INSUFFICIENT_FUNDS) {
        form.setFieldError(
          "amount",
          "That is more than your available balance right now. It has been refreshed above.",
        );
        return;
      }
      showApiError(form, error, setFormError);
    }
  });

  const minimumLine = minimum && (
    <Text size="sm" fw={500}>
      Minimum payout: {formatMoneyValue(minimum)}
    </Text>
  );
  if (availableCents <= 0) {
    return (
      <Stack gap="xs">
        {minimumLine}
        <Text c="dimmed" size="sm">
          Nothing to withdraw right now: your available balance is {formatMoneyValue(available)}.
        </Text>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Request a withdrawal">
      <Stack>
        <FormError message={formError} />
        {minimumLine}
        <TextInput
          label={`Amount (${available.currencyCode})`}
          description={`Available: ${formatMoneyValue(available)}`}
          inputMode="decimal"
          placeholder="0.00"
          autoComplete="off"
          required
          {...form.getInputProps("amount")}
        />
        <Button
          type="submit"
          loading={form.submitting}
          disabled={Boolean(disabledReason)}
          aria-describedby={disabledReason ? reasonId : undefined}
        >
          Request withdrawal
        </Button>
        {disabledReason && (
          <Text id={reasonId} size="sm" c="dimmed">
            {disabledReason}
          </Text>
        )}
      </Stack>
    </form>
  );
}
