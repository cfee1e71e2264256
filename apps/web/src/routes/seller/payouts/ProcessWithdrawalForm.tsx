import "@mantine/dates/styles.css";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Input, SegmentedControl, Stack, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { ErrorCode, WITHDRAWAL_RECEIPT_MAX_CODE_POINTS, WithdrawalStatus } from "@allyhut/schema";
import { showToast } from "../../../app/toasts";
import { withdrawalStatusLabel } from "../../../components/StatusBadge";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { evictMoneyViews } from "../../../lib/cache";
import { formatLocalDate, typedCalendarDate } from "../../../lib/dates";
import { apiErrorCode, apiErrors, describeApiError } from "../../../lib/errors";
import { processInput, processValidators, paidOnRange, type ProcessValues } from "./process-rules";

export const ProcessWithdrawalForm_withdrawal = graphql(`
  fragment ProcessWithdrawalForm_withdrawal on Withdrawal {
    id
    status
    requestedAt
    receiptNumber
    paidOn
    note
    affiliate {
      id
    }
  }
`);

const ProcessWithdrawalMutation = graphql(`
  mutation ProcessWithdrawal($input: ProcessWithdrawalInput!) {
    processWithdrawal(input: $input) {
      id
      ...ProcessWithdrawalForm_withdrawal
      ...WithdrawalSummary_withdrawal
      ...WithdrawalHistory_withdrawal
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

const FORM_FIELDS = new Set(["status", "receiptNumber", "paidOn", "note"]);

interface ProcessWithdrawalFormProps {
  withdrawal: FragmentType<typeof ProcessWithdrawalForm_withdrawal>;
  onSaved: () => void;
  /** Someone else changed the withdrawal: reload it and tell the seller why (in words). */
  onStale: (explanation: string) => void;
  /** Today's UTC date, for tests; the real one otherwise. */
  today?: string;
}

/**
 * Withdrawal Details: receipt number, date paid, status, note to the affiliate. Every field is open
 * while Pending, so the seller can note the payment first and then choose Approved.
 */
export function ProcessWithdrawalForm(props: ProcessWithdrawalFormProps) {
  const withdrawal = getFragmentData(ProcessWithdrawalForm_withdrawal, props.withdrawal);
  const { earliest, latest } = paidOnRange(withdrawal.requestedAt, props.today);
  const [formError, setFormError] = useState<string | null>(null);
  const [process] = useMutation(ProcessWithdrawalMutation, {
    refetchQueries: "active",
    awaitRefetchQueries: true,
    update: (cache) => evictMoneyViews(cache, withdrawal.affiliate.id),
  });
  const form = useForm<ProcessValues>({
    initialValues: {
      status: withdrawal.status as WithdrawalStatus,
      receiptNumber: withdrawal.receiptNumber ?? "",
      paidOn: withdrawal.paidOn ?? null,
      note: withdrawal.note ?? "",
    },
    validate: processValidators(withdrawal.requestedAt, props.today),
  });
  const approved = form.values.status === WithdrawalStatus.APPROVED;
  const paymentHint = approved
    ? undefined
    : form.values.status === WithdrawalStatus.REJECTED
      ? "Not saved with a rejection"
      : "Needed to approve";

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await process({ variables: { input: processInput(withdrawal.id, values) } });
      showToast({
        color: "green",
        message:
          values.status === WithdrawalStatus.PENDING
            ? "Note saved. The withdrawal is still pending."
            : `Withdrawal ${withdrawalStatusLabel(values.status).toLowerCase()}.`,
      });
      props.onSaved();
    } catch (error) {
      handleError(error);
    }
  });

  const handleError = (error: unknown) => {
    const code = apiErrorCode(error);
    if (code === ErrorCode.INVALID_TRANSITION) {
      props.onStale(
        "Not saved: this withdrawal has already been approved or rejected, and that decision is " +
          "final. Its current details are shown below.",
      );
    } else if (code === ErrorCode.CONFLICT) {
      props.onStale(
        "Not saved: someone else changed this withdrawal while you were editing it. The latest " +
          "version is shown below: check it and save again.",
      );
    } else {
      const inline = apiErrors(error).filter(
        (e) => e.code === ErrorCode.BAD_USER_INPUT && e.field && FORM_FIELDS.has(leaf(e.field)),
      );
      if (inline.length > 0) {
        form.setErrors(Object.fromEntries(inline.map((e) => [leaf(e.field ?? ""), e.message])));
      } else {
        setFormError(describeApiError(error));
      }
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Withdrawal Details">
      <Stack>
        {formError && (
          <Alert color="red" role="alert" title="Not saved">
            {formError}
          </Alert>
        )}
        <TextInput
          label="Receipt number"
          description={`${paymentHint ?? "From your payment provider"}; up to ${WITHDRAWAL_RECEIPT_MAX_CODE_POINTS} characters`}
          required={approved}
          {...form.getInputProps("receiptNumber")}
        />
        <DateInput
          label="Date paid"
          description={paymentHint}
          required={approved}
          minDate={earliest}
          maxDate={latest}
          valueFormat={(date) => formatLocalDate(date)}
          dateParser={parseTypedDate}
          presets={[{ value: latest, label: "Today" }]}
          clearable
          placeholder="Pick a date"
          {...form.getInputProps("paidOn")}
        />
        <Input.Wrapper label="Status" id="withdrawal-status-label" error={form.errors.status}>
          <SegmentedControl
            fullWidth
            aria-labelledby="withdrawal-status-label"
            data={[
              WithdrawalStatus.PENDING,
              WithdrawalStatus.APPROVED,
              WithdrawalStatus.REJECTED,
            ].map((status) => ({ value: status, label: withdrawalStatusLabel(status) }))}
            {...form.getInputProps("status")}
          />
        </Input.Wrapper>
        <Textarea
          label="Note to the affiliate"
          description="The affiliate sees this note with the withdrawal"
          autosize
          minRows={3}
          {...form.getInputProps("note")}
        />
        <Button type="submit" loading={form.submitting}>
          Save
        </Button>
      </Stack>
    </form>
  );
}

// Accepts "2026-11-24" and whatever the browser reads as a date ("Nov 24, 2026").
function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const parsed = new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? null : typedCalendarDate(parsed);
}

function leaf(field: string): string {
  return field.split(".").pop() ?? field;
}
