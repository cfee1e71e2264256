import { Text, Timeline } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDateTime, formatLocalDate } from "../lib/dates";
import { ClampedText } from "./ClampedText";
import { withdrawalStatusLabel } from "./StatusBadge";

export const WithdrawalHistory_withdrawal = graphql(`
  fragment WithdrawalHistory_withdrawal on Withdrawal {
    id
    history {
      at
      actor {
        id
        name
      }
      fromStatus
      toStatus
      receiptNumber
      paidOn
      note
      batchAction
      reason
      payoutBatch {
        id
      }
    }
  }
`);

const statusColors: Record<string, string> = {
  PENDING: "yellow",
  APPROVED: "green",
  REJECTED: "red",
};

/** Every change to a withdrawal, oldest first: who, when, what. */
export function WithdrawalHistory(props: {
  withdrawal: FragmentType<typeof WithdrawalHistory_withdrawal>;
  /** The reader's user id: their own changes say "you" instead of their name. */
  readerId?: string;
}) {
  const { history } = getFragmentData(WithdrawalHistory_withdrawal, props.withdrawal);
  if (history.length === 0) return <Text c="dimmed">No changes recorded yet.</Text>;
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
      {history.map((event, index) => (
        <Timeline.Item
          key={`${event.at}-${index}`}
          color={statusColors[event.toStatus]}
          title={eventTitle(event)}
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at)}
            {event.actor
              ? ` · ${event.actor.id === props.readerId ? "you" : event.actor.name}`
              : ""}
          </Text>
          {event.receiptNumber && <Text size="sm">Receipt: {event.receiptNumber}</Text>}
          {event.paidOn && <Text size="sm">Paid on {formatLocalDate(event.paidOn)}</Text>}
          {event.note && <ClampedText text={`Note: ${event.note}`} />}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

interface HistoryEvent {
  fromStatus?: string | null;
  toStatus: string;
  batchAction?: string | null;
  reason?: string | null;
  payoutBatch?: { id: string } | null;
}

/** "Requested", "Pending → Approved", "Added to payout batch #3", "Taken out of payout batch #3: …". */
export function eventTitle(event: HistoryEvent): string {
  const { fromStatus, toStatus, payoutBatch } = event;
  const batch = payoutBatch ? `payout batch #${payoutBatch.id}` : "a payout batch";
  if (event.batchAction === "ADDED") return `Added to ${batch}`;
  if (event.batchAction === "REMOVED") {
    return `Taken out of ${batch}${event.reason ? `: ${event.reason}` : ""}`;
  }
  if (!fromStatus) return "Requested";
  if (fromStatus === toStatus) return "Details updated";
  const change = `${withdrawalStatusLabel(fromStatus)} → ${withdrawalStatusLabel(toStatus)}`;
  return payoutBatch ? `${change} through ${batch}` : change;
}
