import { useQuery } from "@apollo/client/react";
import { Anchor, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { Section } from "../../../components/Section";
import { paymentMethodLabel } from "../../../components/StatusBadge";
import { graphql } from "../../../gql";
import { formatDateTime } from "../../../lib/dates";
import { formatMoneyValue } from "../../../lib/money";
import { BatchDownloads } from "./BatchDownloads";
import { BatchStatusBadge } from "./BatchStatusBadge";
import { BatchWithdrawals } from "./BatchWithdrawals";
import { ImportPayoutReport } from "./ImportPayoutReport";
import { PastImports } from "./PastImports";

const PayoutBatchDetailsQuery = graphql(`
  query PayoutBatchDetails($id: ID!) {
    payoutBatch(id: $id) {
      id
      status
      paymentMethod
      createdAt
      itemCount
      total {
        amount
        currencyCode
      }
      createdBy {
        id
        name
      }
      imports {
        id
        ...PastImports_import
      }
    }
  }
`);

/** One payout batch: its figures, the provider's file, the report import, its requests. */
export function PayoutBatchPage() {
  const { batchId = "" } = useParams();
  const { data, error, refetch } = useQuery(PayoutBatchDetailsQuery, {
    variables: { id: batchId },
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the batch…" />;
  const batch = data.payoutBatch;
  if (!batch) {
    return (
      <EmptyMessage title="Batch not found">
        This payout batch does not exist or is not yours to see.
      </EmptyMessage>
    );
  }
  const open = batch.status === "OPEN";
  const provider = batch.paymentMethod === "PAYPAL" ? "PayPal" : "Wise";
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/seller/payout-batches">
          Payout batches
        </Anchor>
        <Text>Batch #{batch.id}</Text>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={1}>Batch #{batch.id}</Title>
        <BatchStatusBadge status={batch.status} />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0} spacing="sm">
        <Fact label="Total">{formatMoneyValue(batch.total)}</Fact>
        <Fact label="Requests">{batch.itemCount}</Fact>
        <Fact label="Method">{paymentMethodLabel(batch.paymentMethod)}</Fact>
        <Fact label="Created">
          {formatDateTime(batch.createdAt)} by {batch.createdBy.name}
        </Fact>
      </SimpleGrid>
      <Section title={`1. Pay it through ${provider}`}>
        <Text size="sm" mb="sm">
          Upload this file to {provider}&apos;s bulk payment page. Each line carries the
          request&apos;s reference (AH-W-…), which the report brings back.
        </Text>
        <BatchDownloads batchId={batch.id} paymentMethod={batch.paymentMethod} />
      </Section>
      <Section title="2. Import the report">
        <ImportPayoutReport batchId={batch.id} />
      </Section>
      <Section title="Requests in this batch">
        <BatchWithdrawals batchId={batch.id} open={open} />
      </Section>
      <Section title="Imported reports">
        <PastImports imports={batch.imports} />
      </Section>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}
