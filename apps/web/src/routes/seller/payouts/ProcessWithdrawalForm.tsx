import "@mantine/dates/styles.css";
import {
  Alert,
  Box,
  Button,
  Fieldset,
  Input,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState, type ChangeEvent, type KeyboardEvent } from "react";
import {
  WITHDRAWAL_NOTE_MAX_CODE_POINTS,
  WITHDRAWAL_RECEIPT_MAX_CODE_POINTS,
  WithdrawalStatus,
} from "@allyhut/schema";
import { useUnsavedChanges } from "../../../components/drawer-guard";
import { LengthHint } from "../../../components/LengthHint";
import { withdrawalStatusLabel } from "../../../components/StatusBadge";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { formatMoneyValue } from "../../../lib/money";
import { FinalDecisionDialog, type FinalDecision } from "./FinalDecisionDialog";
import { PaidOnField } from "./PaidOnField";
import { ReuseReceiptDialog } from "./ReuseReceiptDialog";
import {
  paidOnRange,
  processInput,
  processValidators,
  typedPaymentProblems,
  type ProcessValues,
} from "./process-rules";
import { useProcessWithdrawal } from "./useProcessWithdrawal";

export const ProcessWithdrawalForm_withdrawal = graphql(`
  fragment ProcessWithdrawalForm_withdrawal on Withdrawal {
    id
    status
    requestedAt
    receiptNumber
    paidOn
    note
    amount {
      amount
      currencyCode
    }
    affiliate {
      id
      name
    }
  }
`);

interface ProcessWithdrawalFormProps {
  withdrawal: FragmentType<typeof ProcessWithdrawalForm_withdrawal>;
  onSaved: () => void;
  /** Someone else changed the withdrawal: reload it and tell the seller why (in words). */
  onStale: (explanation: string) => void;
  /** In an open payout batch: shown, not editable. */
  disabled?: boolean;
  /** Today's UTC date, for tests; the real one otherwise. */
  today?: string;
}

const STATUSES = [WithdrawalStatus.PENDING, WithdrawalStatus.APPROVED, WithdrawalStatus.REJECTED];

// Enter in a field never sends the form: only its button does (a textarea keeps its newlines).
const keepEnterInFields = (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
};

/**
 * Withdrawal Details: receipt number, date paid, status, note to the affiliate. Every field is open
 * while Pending, so the seller can note the payment first and then choose Approved, which (like
 * Rejected) is final and asked once more in a dialog.
 */
export function ProcessWithdrawalForm(props: ProcessWithdrawalFormProps) {
  const withdrawal = getFragmentData(ProcessWithdrawalForm_withdrawal, props.withdrawal);
  const { earliest, latest } = paidOnRange(withdrawal.requestedAt, props.today);
  const amount = formatMoneyValue(withdrawal.amount);
  const [decision, setDecision] = useState<FinalDecision | null>(null);
  const form = useForm<ProcessValues>({
    initialValues: {
      status: withdrawal.status as WithdrawalStatus,
      receiptNumber: withdrawal.receiptNumber ?? "",
      paidOn: withdrawal.paidOn ?? "",
      note: withdrawal.note ?? "",
    },
    validate: processValidators(withdrawal.requestedAt, props.today),
    // A note over its limit says so at once.
    validateInputOnChange: ["note"],
  });
  // A typed date is judged once the seller leaves the field, and again each time.
  const [leftDateField, setLeftDateField] = useState(false);
  useUnsavedChanges(form.isDirty());
  const { save, saving, formError, reusedReceipt, cancelReuse } = useProcessWithdrawal({
    withdrawal: { id: withdrawal.id, amount, affiliate: withdrawal.affiliate },
    form,
    onSaved: props.onSaved,
    onStale: props.onStale,
  });

  const status = form.values.status;
  const approved = status === WithdrawalStatus.APPROVED;
  const typed =
    status === WithdrawalStatus.REJECTED
      ? { receiptNumber: null, paidOn: null }
      : typedPaymentProblems(form.values, withdrawal.requestedAt, props.today);
  const paymentHint = approved
    ? undefined
    : status === WithdrawalStatus.REJECTED
      ? "Not saved with a rejection"
      : "Needed to approve";

  const submit = form.onSubmit((values) => {
    if (values.status === WithdrawalStatus.PENDING) return save(values);
    const input = processInput(withdrawal.id, values);
    setDecision({
      status: values.status,
      amount,
      affiliateName: withdrawal.affiliate.name,
      receiptNumber: input.receiptNumber ?? "",
      paidOn: input.paidOn,
    });
  });

  const changeStatus = (next: string) => {
    form.setFieldValue("status", next as WithdrawalStatus);
    // An approval's "Enter the receipt number" means nothing once the seller chose otherwise.
    form.clearFieldError("receiptNumber");
    form.clearFieldError("paidOn");
  };
  const receiptProps = form.getInputProps("receiptNumber");
  const paidOnProps = form.getInputProps("paidOn");

  return (
    <>
      <form
        onSubmit={submit}
        onKeyDown={keepEnterInFields}
        noValidate
        aria-label="Withdrawal Details"
      >
        <Fieldset variant="unstyled" disabled={props.disabled}>
          <Stack>
            {formError && (
              <Alert color="red" role="alert" title="Not saved">
                {formError}
              </Alert>
            )}
            <TextInput
              label="Receipt number"
              description={
                <LengthHint
                  hint={paymentHint ?? "From your payment provider"}
                  text={form.values.receiptNumber.trim()}
                  max={WITHDRAWAL_RECEIPT_MAX_CODE_POINTS}
                />
              }
              required={approved}
              autoComplete="off"
              {...receiptProps}
              error={receiptProps.error ?? typed.receiptNumber}
            />
            <PaidOnField
              inputProps={{
                ...paidOnProps,
                error: paidOnProps.error ?? (leftDateField ? typed.paidOn : null),
                onChange: (event: ChangeEvent<HTMLInputElement>) => {
                  setLeftDateField(false);
                  paidOnProps.onChange(event);
                },
                onBlur: () => setLeftDateField(true),
              }}
              hint={paymentHint}
              required={approved}
              earliest={earliest}
              latest={latest}
              onPick={(text) => {
                form.setFieldValue("paidOn", text);
                setLeftDateField(true);
              }}
            />
            <Input.Wrapper label="Status" id="withdrawal-status-label" error={form.errors.status}>
              <SegmentedControl
                fullWidth
                aria-labelledby="withdrawal-status-label"
                data={STATUSES.map((value) => ({ value, label: withdrawalStatusLabel(value) }))}
                value={status}
                onChange={changeStatus}
              />
            </Input.Wrapper>
            <Textarea
              label="Note to the affiliate"
              description={
                <LengthHint
                  hint="The affiliate sees this note with the withdrawal"
                  text={form.values.note.trim()}
                  max={WITHDRAWAL_NOTE_MAX_CODE_POINTS}
                />
              }
              autosize
              minRows={3}
              maxRows={12}
              {...form.getInputProps("note")}
            />
            {/* Sticky: on a phone the action stays on screen while the seller scrolls the form. */}
            <Box
              pos="sticky"
              bottom={0}
              py="sm"
              bg="var(--mantine-color-body)"
              style={{ zIndex: 1, borderTop: "1px solid var(--mantine-color-default-border)" }}
            >
              <Button type="submit" fullWidth loading={saving && decision === null}>
                {approved
                  ? `Approve ${amount}`
                  : status === WithdrawalStatus.REJECTED
                    ? `Reject ${amount}`
                    : "Save note"}
              </Button>
            </Box>
          </Stack>
        </Fieldset>
      </form>
      <FinalDecisionDialog
        decision={decision}
        saving={saving}
        onCancel={() => setDecision(null)}
        onConfirm={() => void save(form.getValues()).finally(() => setDecision(null))}
      />
      <ReuseReceiptDialog
        reusedReceipt={reusedReceipt}
        saving={saving}
        onCancel={cancelReuse}
        onConfirm={(values) => void save(values, true)}
      />
    </>
  );
}
