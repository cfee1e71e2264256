import { useMutation } from "@apollo/client/react";
import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { ErrorCode, WithdrawalStatus } from "@allyhut/schema";
import { graphql } from "../../../gql";
import { evictMoneyViews } from "../../../lib/cache";
import { apiErrorCode, apiErrors, describeApiError, fieldErrors } from "../../../lib/errors";
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

/** The CONFLICT of a receipt number already on another request, with the server's words about it. */
function reusedReceiptMessage(error: unknown): string | null {
  const conflict = apiErrors(error).find(
    (apiError) =>
      apiError.code === ErrorCode.CONFLICT &&
      (apiError.field === "receiptNumber" || /receipt/i.test(apiError.message)),
  );
  return conflict?.message ?? null;
}

/** A receipt number the seller may confirm using again, and the values to resend. */
export interface ReusedReceipt {
  message: string;
  values: ProcessValues;
}

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
  const [reusedReceipt, setReusedReceipt] = useState<ReusedReceipt | null>(null);
  const [process, { loading }] = useMutation(ProcessWithdrawalMutation, {
    refetchQueries: "active",
    awaitRefetchQueries: true,
    update: (cache) => evictMoneyViews(cache, withdrawal.affiliate.id),
  });

  const handleError = (error: unknown, values: ProcessValues) => {
    const code = apiErrorCode(error);
    const reusedMessage = reusedReceiptMessage(error);
    if (reusedMessage) {
      setReusedReceipt({ message: reusedMessage, values });
    } else if (code === ErrorCode.INVALID_TRANSITION) {
      onStale(
        "Not saved: this withdrawal has already been approved or rejected, and that decision is " +
          "final. Its current details are shown below.",
      );
    } else if (code === ErrorCode.CONFLICT && /batch/i.test(apiErrors(error)[0]?.message ?? "")) {
      // Put into a payout batch meanwhile: the reloaded drawer offers to take it out.
      onStale(`Not saved: ${apiErrors(error)[0]?.message}`);
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

  /** Sends the values; allowReusedReceipt once the seller confirmed a receipt number used before. */
  const save = async (values: ProcessValues, allowReusedReceipt = false) => {
    setFormError(null);
    setReusedReceipt(null);
    const input = processInput(withdrawal.id, values);
    try {
      await process({
        variables: { input: allowReusedReceipt ? { ...input, allowReusedReceipt } : input },
      });
      showToast({
        color: "green",
        message: savedMessage(values.status, withdrawal.amount, withdrawal.affiliate.name),
      });
      onSaved();
    } catch (error) {
      handleError(error, values);
    }
  };

  return {
    save,
    saving: loading,
    formError,
    reusedReceipt,
    cancelReuse: () => setReusedReceipt(null),
  };
}
