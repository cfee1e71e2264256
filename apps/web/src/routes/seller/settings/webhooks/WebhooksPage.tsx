import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Anchor, Button, Stack, Text, Title } from "@mantine/core";
import {
  WEBHOOK_ENDPOINTS_MAX,
  WebhookDeliveryStatus,
  webhookEndpointsLimitMessage,
} from "@allyhut/schema";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { EmptyMessage, ErrorState, LoadingState } from "../../../../components/QueryState";
import { Section } from "../../../../components/Section";
import { graphql } from "../../../../gql";
import { CreateWebhookEndpointForm } from "./CreateWebhookEndpointForm";
import type { CreatedEndpoint } from "./useCreateWebhookEndpoint";
import { WebhookEndpointList } from "./WebhookEndpointList";
import { WebhookSecretPanel } from "./WebhookSecretPanel";

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      deliveries(first: 10) {
        id
        status
      }
      ...WebhookEndpointList_endpoint
    }
  }
`);

/** While a delivery is on its way, the list looks again this often for its outcome. */
export const PENDING_POLL_MS = 5_000;

export const STANDARD_WEBHOOKS_URL =
  "https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity";

/** Settings › Webhooks: add an endpoint (its secret shown once), see each one's deliveries, delete it. */
export function WebhooksPage() {
  const [created, setCreated] = useState<CreatedEndpoint | null>(null);
  const { data, error, refetch, networkStatus, startPolling, stopPolling } = useQuery(
    WebhookEndpointsQuery,
    { notifyOnNetworkStatusChange: true },
  );
  const endpoints = data?.webhookEndpoints;
  const pending = Boolean(
    endpoints?.some((endpoint) =>
      endpoint.deliveries.some((delivery) => delivery.status === WebhookDeliveryStatus.PENDING),
    ),
  );
  // Pending deliveries turn into Delivered or Failed on their own; the page follows them.
  useEffect(() => {
    if (pending) startPolling(PENDING_POLL_MS);
    else stopPolling();
    return stopPolling;
  }, [pending, startPolling, stopPolling]);

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/seller/settings" size="sm">
        ← Settings
      </Anchor>
      <Title order={1}>Webhooks</Title>
      <Text>
        AllyHut posts a JSON message to your server when a sale is recorded or reversed, a
        withdrawal is requested, approved or rejected, or an affiliate is switched off or on, so
        your systems hear of it without asking.
      </Text>
      <Section title="Add an endpoint">
        {created ? (
          <WebhookSecretPanel created={created} onDone={() => setCreated(null)} />
        ) : endpoints && endpoints.length >= WEBHOOK_ENDPOINTS_MAX ? (
          <Text size="sm">{webhookEndpointsLimitMessage}</Text>
        ) : (
          <CreateWebhookEndpointForm onCreated={setCreated} />
        )}
      </Section>
      <Section
        title="Your endpoints"
        actions={
          endpoints && endpoints.length > 0 ? (
            <Button
              size="xs"
              variant="default"
              loading={networkStatus === NetworkStatus.refetch}
              onClick={() => void refetch()}
            >
              Refresh
            </Button>
          ) : undefined
        }
      >
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !endpoints ? (
          <LoadingState label="Loading webhook endpoints…" />
        ) : endpoints.length === 0 ? (
          <EmptyMessage title="No webhook endpoints yet">
            Add your server&apos;s address above to hear about sales, withdrawals and affiliates as
            they happen. Each request is signed per{" "}
            {/* Underlined: inside a sentence a link must not be told apart by its colour alone. */}
            <Anchor
              href={STANDARD_WEBHOOKS_URL}
              target="_blank"
              rel="noreferrer"
              inherit
              underline="always"
            >
              Standard Webhooks
            </Anchor>
            , so your server can verify it came from AllyHut with the secret you get when you add
            the endpoint.
          </EmptyMessage>
        ) : (
          <WebhookEndpointList endpoints={endpoints} />
        )}
      </Section>
    </Stack>
  );
}
