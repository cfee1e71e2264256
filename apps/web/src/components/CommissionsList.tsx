import { useQuery } from "@apollo/client/react";
import { Button, Table, Text } from "@mantine/core";
import { useState } from "react";
import { graphql } from "../gql";
import { formatDateTime, formatLocalDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";
import { CursorPager, useCursorPages } from "./CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "./QueryState";
import { ToneBadge } from "./StatusBadge";
import { RecordCard, RecordList, useIsPhone } from "./RecordList";
import { RefundSaleDialog, type RefundableCommission } from "./RefundSaleDialog";
import { ScrollTable } from "./ScrollTable";

const PAGE_SIZE = 10;

const AffiliateCommissionsQuery = graphql(`
  query AffiliateCommissions($affiliateId: ID!, $first: Int!, $after: String) {
    affiliate(id: $affiliateId) {
      id
      commissions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          orderId
          occurredAt
          availableOn
          reversed
          offer {
            id
            name
          }
          saleAmount {
            amount
            currencyCode
          }
          amount {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

/**
 * An affiliate's commissions, newest first, page by page. `refundable` (the seller's view) adds a
 * Refund button to each commission not reversed yet.
 */
export function CommissionsList({
  affiliateId,
  refundable = false,
}: {
  affiliateId: string;
  refundable?: boolean;
}) {
  const pages = useCursorPages();
  const [refunding, setRefunding] = useState<RefundableCommission | null>(null);
  const { data, previousData, error, refetch } = useQuery(AffiliateCommissionsQuery, {
    variables: { affiliateId, first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.affiliate?.commissions;
  const phone = useIsPhone();
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return <LoadingState label="Loading commissions…" />;
  if (connection.totalCount === 0) {
    return <EmptyMessage title="No commissions yet">Referred sales will appear here.</EmptyMessage>;
  }
  const commissionAmount = (commission: (typeof connection.nodes)[number]) =>
    commission.reversed ? (
      <>
        <s aria-label={`${formatMoneyValue(commission.amount)}, reversed (refunded)`}>
          {formatMoneyValue(commission.amount)}
        </s>{" "}
        <ToneBadge tone="gray">Reversed</ToneBadge>
      </>
    ) : (
      formatMoneyValue(commission.amount)
    );
  const refundButton = (commission: (typeof connection.nodes)[number]) =>
    refundable && !commission.reversed ? (
      <Button
        size="xs"
        variant="light"
        color="red"
        // Mantine's light red text is below AA contrast on its tint: a darker red.
        c="red.9"
        onClick={() => setRefunding(commission)}
        aria-label={`Refund order ${commission.orderId}`}
      >
        Refund
      </Button>
    ) : null;
  return (
    <>
      {phone ? (
        <RecordList label="Commissions">
          {connection.nodes.map((commission) => (
            <RecordCard
              key={commission.id}
              title={commission.offer.name}
              facts={[
                { label: "Commission", value: commissionAmount(commission) },
                { label: "Sale", value: formatMoneyValue(commission.saleAmount) },
                { label: "Date", value: formatDateTime(commission.occurredAt) },
                { label: "Available on", value: formatLocalDate(commission.availableOn) },
                { label: "Order", value: commission.orderId },
              ]}
              actions={refundButton(commission)}
            />
          ))}
        </RecordList>
      ) : (
        <ScrollTable label="Commissions" minWidth={refundable ? 800 : 720}>
          <Table striped verticalSpacing="xs" aria-label="Commissions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Offer</Table.Th>
                <Table.Th>Order</Table.Th>
                <Table.Th ta="right">Sale</Table.Th>
                <Table.Th ta="right">Commission</Table.Th>
                <Table.Th>Available on</Table.Th>
                {refundable && (
                  <Table.Th>
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.nodes.map((commission) => (
                <Table.Tr key={commission.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatDateTime(commission.occurredAt)}
                  </Table.Td>
                  <Table.Td>{commission.offer.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {commission.orderId}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoneyValue(commission.saleAmount)}</Table.Td>
                  <Table.Td ta="right">{commissionAmount(commission)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatLocalDate(commission.availableOn)}
                  </Table.Td>
                  {refundable && <Table.Td ta="right">{refundButton(commission)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <CursorPager
        label="Commission pages"
        pages={pages}
        pageSize={PAGE_SIZE}
        connection={connection}
      />
      {refundable && (
        <RefundSaleDialog
          affiliateId={affiliateId}
          commission={refunding}
          onClose={() => setRefunding(null)}
        />
      )}
    </>
  );
}
