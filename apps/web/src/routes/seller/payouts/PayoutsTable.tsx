import { Anchor, Badge, Button, Checkbox, Table } from "@mantine/core";
import { Link } from "react-router";
import { WithdrawalStatus } from "@allyhut/schema";
import { BreakableAddress } from "../../../components/BreakableAddress";
import { paymentMethodLabel, WithdrawalStatusBadge } from "../../../components/StatusBadge";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { PayoutsTable_WithdrawalFragment } from "../../../gql/graphql";
import { formatDateTime } from "../../../lib/dates";
import { formatMoneyValue } from "../../../lib/money";
import { RecordCard, RecordList, useIsPhone } from "../../../components/RecordList";
import { ScrollTable } from "../../../components/ScrollTable";
import { PayoutMethod } from "../../../components/PayoutMethod";
import type { usePayoutSelection } from "./usePayoutSelection";

export const PayoutsTable_withdrawal = graphql(`
  fragment PayoutsTable_withdrawal on Withdrawal {
    id
    status
    amount {
      amount
      currencyCode
    }
    paymentMethod
    payoutAccount
    requestedAt
    affiliate {
      id
      name
    }
    batch {
      id
      status
    }
  }
`);

type Row = PayoutsTable_WithdrawalFragment;

/** A PENDING request in no open batch can be put into one. */
export const isBatchable = (row: Pick<Row, "status" | "batch">) =>
  row.status === WithdrawalStatus.PENDING && row.batch?.status !== "OPEN";

interface PayoutsTableProps {
  withdrawals: FragmentType<typeof PayoutsTable_withdrawal>[];
  onProcess: (withdrawalId: string) => void;
  selection: Pick<
    ReturnType<typeof usePayoutSelection>,
    "isSelected" | "toggle" | "allSelected" | "togglePage"
  >;
}

export function PayoutsTable(props: PayoutsTableProps) {
  const withdrawals = getFragmentData(PayoutsTable_withdrawal, props.withdrawals);
  const { selection } = props;
  const batchable = withdrawals.filter(isBatchable);
  const phone = useIsPhone();
  // A checkbox to batch the request, or the open batch it is in already.
  const selectCell = (withdrawal: Row) =>
    withdrawal.batch?.status === "OPEN" ? (
      <Badge
        component={Link}
        to={`/seller/payout-batches/${withdrawal.batch.id}`}
        variant="light"
        style={{ cursor: "pointer", minWidth: "max-content" }}
      >
        In batch #{withdrawal.batch.id}
      </Badge>
    ) : isBatchable(withdrawal) ? (
      <Checkbox
        aria-label={`Select ${formatMoneyValue(withdrawal.amount)} for ${withdrawal.affiliate.name}`}
        checked={selection.isSelected(withdrawal.id)}
        onChange={() => selection.toggle(withdrawal)}
      />
    ) : null;
  const pageCheckbox = batchable.length > 0 && (
    <Checkbox
      aria-label="Select every pending request on this page"
      label={phone ? "Select every pending request on this page" : undefined}
      checked={selection.allSelected(batchable)}
      indeterminate={
        !selection.allSelected(batchable) && batchable.some((row) => selection.isSelected(row.id))
      }
      onChange={() => selection.togglePage(batchable)}
    />
  );
  const actionButton = (withdrawal: (typeof withdrawals)[number]) => {
    const pending = withdrawal.status === WithdrawalStatus.PENDING;
    return (
      <Button
        size="xs"
        variant={pending ? "filled" : "light"}
        onClick={() => props.onProcess(withdrawal.id)}
        aria-label={`${pending ? "Process" : "Details"}: ${formatMoneyValue(withdrawal.amount)} for ${withdrawal.affiliate.name}`}
      >
        {pending ? "Process" : "Details"}
      </Button>
    );
  };
  if (phone) {
    return (
      <>
        {pageCheckbox}
        <RecordList label="Withdrawal requests">
          {withdrawals.map((withdrawal) => (
            <RecordCard
              key={withdrawal.id}
              title={
                <Anchor component={Link} to={`/seller/affiliates/${withdrawal.affiliate.id}`}>
                  {withdrawal.affiliate.name}
                </Anchor>
              }
              badge={<WithdrawalStatusBadge status={withdrawal.status} />}
              facts={[
                { label: "Amount", value: <strong>{formatMoneyValue(withdrawal.amount)}</strong> },
                { label: "Requested", value: formatDateTime(withdrawal.requestedAt) },
                {
                  label: paymentMethodLabel(withdrawal.paymentMethod),
                  value: <BreakableAddress address={withdrawal.payoutAccount} />,
                },
              ]}
              actions={
                <>
                  {selectCell(withdrawal)}
                  {actionButton(withdrawal)}
                </>
              }
            />
          ))}
        </RecordList>
      </>
    );
  }
  return (
    <ScrollTable label="Withdrawal requests" minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Withdrawal requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{pageCheckbox}</Table.Th>
            <Table.Th>Affiliate</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Payment method</Table.Th>
            <Table.Th>Requested</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {withdrawals.map((withdrawal) => {
            const amount = formatMoneyValue(withdrawal.amount);
            return (
              <Table.Tr key={withdrawal.id}>
                <Table.Td>{selectCell(withdrawal)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/seller/affiliates/${withdrawal.affiliate.id}`}>
                    {withdrawal.affiliate.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {amount}
                </Table.Td>
                <Table.Td>
                  <WithdrawalStatusBadge status={withdrawal.status} />
                </Table.Td>
                <Table.Td>
                  <PayoutMethod
                    paymentMethod={withdrawal.paymentMethod}
                    payoutAccount={withdrawal.payoutAccount}
                  />
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {formatDateTime(withdrawal.requestedAt)}
                </Table.Td>
                <Table.Td>{actionButton(withdrawal)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
