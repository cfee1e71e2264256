import { Table, Text } from "@mantine/core";
import { WebhookDeliveryStatus } from "@allyhut/schema";
import { RecordCard, RecordList, useIsPhone } from "../../../../components/RecordList";
import { ScrollTable } from "../../../../components/ScrollTable";
import { ToneBadge } from "../../../../components/StatusBadge";
import { getFragmentData, graphql, type FragmentType } from "../../../../gql";
import { formatDateTime } from "../../../../lib/dates";
import { webhookEventLabel } from "./webhook-rules";

export const WebhookDeliveries_delivery = graphql(`
  fragment WebhookDeliveries_delivery on WebhookDelivery {
    id
    eventType
    status
    attempts
    responseStatus
    createdAt
    deliveredAt
  }
`);

const statusBadges = {
  [WebhookDeliveryStatus.PENDING]: { tone: "yellow", label: "Pending" },
  [WebhookDeliveryStatus.DELIVERED]: { tone: "green", label: "Delivered" },
  [WebhookDeliveryStatus.FAILED]: { tone: "red", label: "Failed" },
} as const;

/** "Delivered", "Pending" or "Failed", in words on a tint that keeps AA contrast. */
export function WebhookDeliveryStatusBadge({ status }: { status: string }) {
  const badge = statusBadges[status as WebhookDeliveryStatus];
  return <ToneBadge tone={badge?.tone ?? "gray"}>{badge?.label ?? status}</ToneBadge>;
}

const NONE = "—";

/** An endpoint's recent deliveries, newest first as the API sends them: a table, or cards on a phone. */
export function WebhookDeliveries(props: {
  label: string;
  deliveries: FragmentType<typeof WebhookDeliveries_delivery>[];
}) {
  const deliveries = getFragmentData(WebhookDeliveries_delivery, props.deliveries);
  const phone = useIsPhone();
  if (deliveries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing sent yet: the next event it subscribes to is posted here.
      </Text>
    );
  }
  if (phone) {
    return (
      <RecordList label={props.label}>
        {deliveries.map((delivery) => (
          <RecordCard
            key={delivery.id}
            title={webhookEventLabel(delivery.eventType)}
            badge={<WebhookDeliveryStatusBadge status={delivery.status} />}
            facts={[
              { label: "Attempts", value: delivery.attempts },
              { label: "HTTP status", value: delivery.responseStatus ?? NONE },
              { label: "Created", value: formatDateTime(delivery.createdAt) },
              {
                label: "Delivered",
                value: delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : NONE,
              },
            ]}
          />
        ))}
      </RecordList>
    );
  }
  return (
    <ScrollTable label={props.label} minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Event</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Attempts</Table.Th>
            <Table.Th ta="right">HTTP status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Delivered</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => (
            <Table.Tr key={delivery.id}>
              <Table.Td>{webhookEventLabel(delivery.eventType)}</Table.Td>
              <Table.Td>
                <WebhookDeliveryStatusBadge status={delivery.status} />
              </Table.Td>
              <Table.Td ta="right">{delivery.attempts}</Table.Td>
              <Table.Td ta="right">{delivery.responseStatus ?? NONE}</Table.Td>
              <Table.Td>{formatDateTime(delivery.createdAt)}</Table.Td>
              <Table.Td>
                {delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : NONE}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
