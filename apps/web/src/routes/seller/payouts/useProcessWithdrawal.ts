import { useMutation } from "@apollo/client/react";
import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { ErrorCode, WithdrawalStatus } from "@allyhut/schema";
import { graphql } from "../../../gql";
import { evictMoneyViews } from "../../../lib/cache";
import { apiErrorCode, describeApiError, fieldErrors } from "../../../lib/errors";
import { processInput, type ProcessValues } from "./process-rules";
import { showToast } from "../../../app/toasts";

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

const savedMessage = (status: WithdrawalStatus, amount: string, affiliateName: string) =>
  status === WithdrawalStatus.PENDING
    ? `Note saved. ${affiliateName}'s ${amount} withdrawal is still pending.`
    : `${affiliateName}'s ${amount} withdrawal ${status === WithdrawalStatus.APPROVED ? "approved" : "rejected"}.`;

interface UseProcessWithdrawalOptions {
  withdrawal: { id: string; amount: string; affiliate: { id: string; name: string } };
  form: UseFormReturnType<ProcessValues>;
  onSaved: () => void;
  onStale: (explanation: string) => void;
}

/** Sends the seller's decision; a refusal lands next to its field, or in words above the form. */
export function useProcessWithdrawal({
  withdrawal,
  form,
  onSaved,
  onStale,
}: UseProcessWithdrawalOptions) {
  const [formError, setFormError] = useState<string | null>(null);
  const [process, { loading }] = useMutation(ProcessWithdrawalMutation, {
    refetchQueries: "active",
    awaitRefetchQueries: true,
    update: (cache) => evictMoneyViews(cache, withdrawal.affiliate.id),
  });

  const handleError = (error: unknown) => {
    const code = apiErrorCode(error);
    if (code === ErrorCode.INVALID_TRANSITION) {
      onStale(
        "Not saved: this withdrawal has already been approved or rejected, and that decision is " +
          "final. Its current details are shown below.",
      );
    } else if (code === ErrorCode.CONFLICT) {
      onStale(
        "Not saved: someone else changed this withdrawal while you were editing it. The latest " +
          "version is shown below: check it and save again.",
      );
    } else {
      const inline = Object.entries(fieldErrors(error)).filter(([field]) => FORM_FIELDS.has(field));
      if (inline.length > 0) form.setErrors(Object.fromEntries(inline));
      else setFormError(describeApiError(error));
    }
  };

  const save = async (values: ProcessValues) => {
    setFormError(null);
    try {
      await process({ variables: { input: processInput(withdrawal.id, values) } });
      showToast({
        color: "green",
        message: savedMessage(values.status, withdrawal.amount, withdrawal.affiliate.name),
      });
      onSaved();
    } catch (error) {
      handleError(error);
    }
  };

  return { save, saving: loading, formError };
}
