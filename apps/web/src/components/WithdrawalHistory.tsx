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
          title={eventTitle(event.fromStatus, event.toStatus)}
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

function eventTitle(fromStatus: string | null | undefined, toStatus: string): string {
  if (!fromStatus) return "Requested";
  if (fromStatus === toStatus) return "Details updated";
  return `${withdrawalStatusLabel(fromStatus)} → ${withdrawalStatusLabel(toStatus)}`;
}
