import { useQuery } from "@apollo/client/react";
import { Anchor, Input, Paper, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { FETCHED_BY_ROUTE } from "../../../app/route-data";
import { CursorPager, useCursorPages } from "../../../components/CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { ScrollTable } from "../../../components/ScrollTable";
import { paymentMethodLabel } from "../../../components/StatusBadge";
import { formatDateTime } from "../../../lib/dates";
import { useFilterParams } from "../../../lib/filter-params";
import { formatMoneyValue } from "../../../lib/money";
import { BatchStatusBadge } from "./BatchStatusBadge";
import {
  BATCH_STATUSES,
  batchStatusOf,
  PAYOUT_BATCHES_PAGE_SIZE,
  PayoutBatchesQuery,
  payoutBatchesVariables,
} from "./payout-batches-queries";

const STATUS_LABELS: Record<string, string> = { "": "All", OPEN: "Open", CLOSED: "Closed" };

/** Payout batches: every batch with its method, size, total and status. */
export function PayoutBatchesPage() {
  const [params, setParam] = useFilterParams();
  const status = batchStatusOf(params);
  const pages = useCursorPages(status);
  const { data, previousData, loading, error, refetch } = useQuery(PayoutBatchesQuery, {
    ...FETCHED_BY_ROUTE,
    variables: payoutBatchesVariables(status, pages.after),
  });
  const connection = (data ?? previousData)?.payoutBatches;

  return (
    <Stack>
      <Title order={1}>Payout batches</Title>
      <Text size="sm" c="dimmed">
        Pay many requests at once: select them on{" "}
        <Anchor component={Link} to="/seller/payouts">
          Payouts
        </Anchor>
        , create a batch, upload its file to PayPal or Wise, then import the provider&apos;s report.
      </Text>
      <Input.Wrapper label="Status" id="batch-status-label">
        <SegmentedControl
          aria-labelledby="batch-status-label"
          data={BATCH_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value]! }))}
          value={status}
          onChange={(value) => setParam("status", value)}
          display="flex"
          w="fit-content"
        />
      </Input.Wrapper>
      <Paper withBorder p={{ base: "xs", sm: "md" }}>
        {!connection ? (
          error ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : (
            <LoadingState label="Loading payout batches…" />
          )
        ) : connection.totalCount === 0 ? (
          <EmptyMessage title={status ? `No ${status.toLowerCase()} batches` : "No batches yet"}>
            Batches you create on Payouts appear here.
          </EmptyMessage>
        ) : (
          <>
            <ScrollTable label="Payout batches" minWidth={640}>
              <Table striped highlightOnHover verticalSpacing="sm" aria-label="Payout batches">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Batch</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Method</Table.Th>
                    <Table.Th ta="right">Requests</Table.Th>
                    <Table.Th ta="right">Total</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((batch) => (
                    <Table.Tr key={batch.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/seller/payout-batches/${batch.id}`}>
                          Batch #{batch.id}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {formatDateTime(batch.createdAt)}
                      </Table.Td>
                      <Table.Td>{paymentMethodLabel(batch.paymentMethod)}</Table.Td>
                      <Table.Td ta="right">{batch.itemCount}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatMoneyValue(batch.total)}
                      </Table.Td>
                      <Table.Td>
                        <BatchStatusBadge status={batch.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <CursorPager
              label="Batch pages"
              pages={pages}
              pageSize={PAYOUT_BATCHES_PAGE_SIZE}
              connection={connection}
              updating={loading}
            />
          </>
        )}
      </Paper>
    </Stack>
  );
}
