import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../../../gql";
import type { WebhookEndpointList_EndpointFragment } from "../../../../gql/graphql";
import { formatDateTime } from "../../../../lib/dates";
import { DeleteWebhookEndpointDialog } from "./DeleteWebhookEndpointDialog";
import { useDeleteWebhookEndpoint } from "./useDeleteWebhookEndpoint";
import { WebhookDeliveries } from "./WebhookDeliveries";
import { inFormOrder, webhookEventLabel } from "./webhook-rules";

export const WebhookEndpointList_endpoint = graphql(`
  fragment WebhookEndpointList_endpoint on WebhookEndpoint {
    id
    url
    eventTypes
    createdAt
    # The last ten: enough to see whether the receiver keeps up, short enough for several endpoints.
    deliveries(first: 10) {
      id
      ...WebhookDeliveries_delivery
    }
  }
`);

type Endpoint = WebhookEndpointList_EndpointFragment;

/** The seller's endpoints, each with its events, its recent deliveries and a Delete button. */
export function WebhookEndpointList(props: {
  endpoints: FragmentType<typeof WebhookEndpointList_endpoint>[];
}) {
  const endpoints = getFragmentData(WebhookEndpointList_endpoint, props.endpoints);
  const [confirming, setConfirming] = useState<Endpoint | null>(null);
  const { deleteEndpoint, deleting } = useDeleteWebhookEndpoint();
  const confirmDelete = async () => {
    if (confirming && (await deleteEndpoint(confirming))) setConfirming(null);
  };
  return (
    <>
      <Stack component="ul" aria-label="Webhook endpoints" gap="md" p={0} m={0}>
        {endpoints.map((endpoint) => (
          <EndpointCard
            key={endpoint.id}
            endpoint={endpoint}
            onDelete={() => setConfirming(endpoint)}
          />
        ))}
      </Stack>
      <DeleteWebhookEndpointDialog
        url={confirming?.url ?? null}
        deleting={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}

function EndpointCard({ endpoint, onDelete }: { endpoint: Endpoint; onDelete: () => void }) {
  const headingId = useId();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      aria-labelledby={headingId}
      style={{ listStyle: "none" }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: "anywhere" }}>
            {endpoint.url}
          </Title>
          <Text size="xs" c="dimmed">
            Added {formatDateTime(endpoint.createdAt)}
          </Text>
        </div>
        <Button
          size="xs"
          // Outline: dark red on white keeps AA contrast (a light tint of red.9 does not).
          variant="outline"
          color="red.9"
          onClick={onDelete}
          aria-label={`Delete ${endpoint.url}`}
          style={{ flexShrink: 0 }}
        >
          Delete
        </Button>
      </Group>
      <Group
        gap={6}
        mt="xs"
        component="ul"
        aria-label="Events sent"
        p={0}
        style={{ listStyle: "none" }}
      >
        {inFormOrder(endpoint.eventTypes).map((type) => (
          <Badge key={type} component="li" variant="outline" color="gray.8" tt="none">
            {webhookEventLabel(type)}
          </Badge>
        ))}
      </Group>
      <Text fw={600} size="sm" mt="md" mb={6}>
        Recent deliveries
      </Text>
      <WebhookDeliveries
        label={`Recent deliveries to ${endpoint.url}`}
        deliveries={endpoint.deliveries}
      />
    </Paper>
  );
}
