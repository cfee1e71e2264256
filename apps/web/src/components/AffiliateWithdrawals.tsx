import { useQuery } from "@apollo/client/react";
import { Button, Table } from "@mantine/core";
import { graphql } from "../gql";
import { formatDateTime, formatLocalDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";
import { BreakableAddress } from "./BreakableAddress";
import { ClampedText } from "./ClampedText";
import { CursorPager, useCursorPages } from "./CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "./QueryState";
import { paymentMethodLabel, WithdrawalStatusBadge } from "./StatusBadge";
import { RecordCard, RecordList, useIsPhone } from "./RecordList";
import { ScrollTable } from "./ScrollTable";
import { PayoutMethod } from "./PayoutMethod";

const PAGE_SIZE = 10;

const AffiliateWithdrawalsQuery = graphql(`
  query AffiliateWithdrawals($affiliateId: ID!, $first: Int!, $after: String) {
    affiliate(id: $affiliateId) {
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
          amount {
            amount
            currencyCode
          }
          status
          paymentMethod
          payoutAccount
          requestedAt
          receiptNumber
          paidOn
          note
        }
      }
    }
  }
`);

interface AffiliateWithdrawalsProps {
  affiliateId: string;
  /** The row action: the seller processes, the affiliate reads the details and history. */
  actionLabel: (status: string) => string;
  onOpen: (withdrawalId: string) => void;
}

/** One affiliate's withdrawals with status, receipt, date paid and the seller's note. */
export function AffiliateWithdrawals({
  affiliateId,
  actionLabel,
  onOpen,
}: AffiliateWithdrawalsProps) {
  const pages = useCursorPages();
  const { data, previousData, error, refetch } = useQuery(AffiliateWithdrawalsQuery, {
    variables: { affiliateId, first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.affiliate?.withdrawals;
  const phone = useIsPhone();
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return <LoadingState label="Loading withdrawals…" />;
  if (connection.totalCount === 0) {
    return (
      <EmptyMessage title="No withdrawals yet">Withdrawal requests will appear here.</EmptyMessage>
    );
  }
  const actionButton = (withdrawal: (typeof connection.nodes)[number]) => (
    <Button
      size="xs"
      variant="light"
      onClick={() => onOpen(withdrawal.id)}
      aria-label={`${actionLabel(withdrawal.status)}: ${formatMoneyValue(withdrawal.amount)} requested ${formatDateTime(withdrawal.requestedAt)}`}
    >
      {actionLabel(withdrawal.status)}
    </Button>
  );
  const pager = (
    <CursorPager
      label="Withdrawal pages"
      pages={pages}
      pageSize={PAGE_SIZE}
      connection={connection}
    />
  );
  if (phone) {
    return (
      <>
        <RecordList label="Withdrawals">
          {connection.nodes.map((withdrawal) => (
            <RecordCard
              key={withdrawal.id}
              title={formatMoneyValue(withdrawal.amount)}
              badge={<WithdrawalStatusBadge status={withdrawal.status} />}
              facts={[
                { label: "Reference", value: withdrawal.reference },
                { label: "Requested", value: formatDateTime(withdrawal.requestedAt) },
                {
                  label: paymentMethodLabel(withdrawal.paymentMethod),
                  value: <BreakableAddress address={withdrawal.payoutAccount} />,
                },
                { label: "Receipt", value: withdrawal.receiptNumber ?? "—" },
                {
                  label: "Paid on",
                  value: withdrawal.paidOn ? formatLocalDate(withdrawal.paidOn) : "—",
                },
                {
                  label: "Note",
                  value: withdrawal.note ? <ClampedText text={withdrawal.note} /> : "—",
                },
              ]}
              actions={actionButton(withdrawal)}
            />
          ))}
        </RecordList>
        {pager}
      </>
    );
  }
  return (
    <>
      <ScrollTable label="Withdrawals" minWidth={1060}>
        <Table striped verticalSpacing="xs" aria-label="Withdrawals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Requested</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Pay to</Table.Th>
              <Table.Th>Receipt</Table.Th>
              <Table.Th>Paid on</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {connection.nodes.map((withdrawal) => (
              <Table.Tr key={withdrawal.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {formatDateTime(withdrawal.requestedAt)}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatMoneyValue(withdrawal.amount)}
                </Table.Td>
                <Table.Td>
                  <WithdrawalStatusBadge status={withdrawal.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{withdrawal.reference}</Table.Td>
                <Table.Td>
                  <PayoutMethod
                    paymentMethod={withdrawal.paymentMethod}
                    payoutAccount={withdrawal.payoutAccount}
                  />
                </Table.Td>
                <Table.Td>{withdrawal.receiptNumber ?? "—"}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {withdrawal.paidOn ? formatLocalDate(withdrawal.paidOn) : "—"}
                </Table.Td>
                <Table.Td maw={260}>
                  {withdrawal.note ? <ClampedText text={withdrawal.note} /> : "—"}
                </Table.Td>
                <Table.Td>{actionButton(withdrawal)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {pager}
    </>
  );
}
