import { useQuery } from "@apollo/client/react";
import { Anchor, Button, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { CursorPager, useCursorPages } from "../../../components/CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { ScrollTable } from "../../../components/ScrollTable";
import { WithdrawalStatusBadge } from "../../../components/StatusBadge";
import { BreakableAddress } from "../../../components/BreakableAddress";
import { graphql } from "../../../gql";
import { formatLocalDate } from "../../../lib/dates";
import { formatMoneyValue } from "../../../lib/money";
import { useRemoveFromBatch } from "./useRemoveFromBatch";

const PAGE_SIZE = 20;

const BatchWithdrawalsQuery = graphql(`
  query BatchWithdrawals($id: ID!, $first: Int!, $after: String) {
    payoutBatch(id: $id) {
      id
      withdrawals(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          reference
          status
          amount {
            amount
            currencyCode
          }
          payoutAccount
          receiptNumber
          paidOn
          affiliate {
            id
            name
          }
        }
      }
    }
  }
`);

/** The requests in a batch, with Take out while it is open. */
export function BatchWithdrawals({ batchId, open }: { batchId: string; open: boolean }) {
  const pages = useCursorPages(batchId);
  const { data, previousData, loading, error, refetch } = useQuery(BatchWithdrawalsQuery, {
    variables: { id: batchId, first: PAGE_SIZE, after: pages.after },
  });
  const { takeOut, removing } = useRemoveFromBatch();
  const connection = (data ?? previousData)?.payoutBatch?.withdrawals;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return <LoadingState label="Loading the batch's requests…" />;
  if (connection.totalCount === 0) {
    return <EmptyMessage title="No requests left in this batch" />;
  }
  return (
    <>
      <ScrollTable label="Requests in this batch" minWidth={760}>
        <Table striped verticalSpacing="xs" aria-label="Requests in this batch">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Affiliate</Table.Th>
              <Table.Th>Pay to</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Receipt</Table.Th>
              <Table.Th w={110}>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {connection.nodes.map((row) => {
              const what = `${formatMoneyValue(row.amount)} for ${row.affiliate.name}`;
              return (
                <Table.Tr key={row.id} data-testid={`batch-row-${row.reference}`}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {row.reference}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/seller/affiliates/${row.affiliate.id}`}>
                      {row.affiliate.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <BreakableAddress address={row.payoutAccount} />
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatMoneyValue(row.amount)}
                  </Table.Td>
                  <Table.Td>
                    <WithdrawalStatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td>
                    {row.receiptNumber ?? "—"}
                    {row.paidOn && (
                      <Text size="xs" c="dimmed">
                        {formatLocalDate(row.paidOn)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {open && row.status === "PENDING" && (
                      <Button
                        size="xs"
                        variant="default"
                        disabled={removing}
                        onClick={() => void takeOut(row.id, what)}
                        aria-label={`Take out: ${what}`}
                      >
                        Take out
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <CursorPager
        label="Pages of the batch"
        pages={pages}
        pageSize={PAGE_SIZE}
        connection={connection}
        updating={loading}
      />
    </>
  );
}
