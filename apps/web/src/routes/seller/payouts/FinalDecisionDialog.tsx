import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { WithdrawalStatus } from "@allyhut/schema";
import { useEscapeOverDrawer } from "../../../components/drawer-guard";
import { formatLocalDate } from "../../../lib/dates";

/** An approval or rejection about to be sent, in the words the seller checks before it is final. */
export interface FinalDecision {
  status: WithdrawalStatus.APPROVED | WithdrawalStatus.REJECTED;
  /** The amount as shown ("$3.00"). */
  amount: string;
  affiliateName: string;
  receiptNumber: string;
  /** The date paid, "2026-12-24" (approvals only). */
  paidOn: string | null;
}

/** Approved and Rejected are final: the seller confirms once, seeing amount, affiliate and receipt. */
export function FinalDecisionDialog(props: {
  decision: FinalDecision | null;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { decision } = props;
  useEscapeOverDrawer(decision !== null);
  const approving = decision?.status === WithdrawalStatus.APPROVED;
  const verb = approving ? "Approve" : "Reject";
  return (
    <Modal
      opened={decision !== null}
      onClose={props.onCancel}
      title={decision ? `${verb} ${decision.amount} for ${decision.affiliateName}?` : ""}
      centered
      withCloseButton={false}
    >
      {decision && (
        <Stack gap="sm">
          {approving ? (
            <Text size="sm">
              You paid {decision.affiliateName} {decision.amount} on{" "}
              {decision.paidOn ? formatLocalDate(decision.paidOn) : "—"}, receipt{" "}
              <Text span fw={700} style={{ overflowWrap: "anywhere" }}>
                {decision.receiptNumber}
              </Text>
              .
            </Text>
          ) : (
            <Text size="sm">
              No payment is recorded: the {decision.amount} goes back to {decision.affiliateName}
              &apos;s available balance.
            </Text>
          )}
          <Text size="sm" fw={600}>
            This is final: {approving ? "an approved" : "a rejected"} withdrawal cannot be changed
            afterwards.
          </Text>
          <Group justify="flex-end" gap="sm" mt="xs">
            {/* Focused first: the check is there to be read, not confirmed by a second Enter. */}
            <Button variant="default" onClick={props.onCancel} data-autofocus>
              Go back
            </Button>
            <Button
              color={approving ? undefined : "red.9"}
              loading={props.saving}
              onClick={props.onConfirm}
            >
              {`${verb} ${decision.amount}`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
