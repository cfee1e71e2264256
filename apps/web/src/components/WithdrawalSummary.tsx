import { Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDateTime, formatLocalDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";
import { BreakableAddress } from "./BreakableAddress";
import { paymentMethodLabel, WithdrawalStatusBadge } from "./StatusBadge";

export const WithdrawalSummary_withdrawal = graphql(`
  fragment WithdrawalSummary_withdrawal on Withdrawal {
    id
    status
    amount {
      amount
      currencyCode
    }
    paymentMethod
    payoutAccount
    requestedAt
    processedAt
    receiptNumber
    paidOn
    note
    affiliate {
      id
      name
      email
    }
  }
`);

/** The facts of a withdrawal request as a definition list. */
export function WithdrawalSummary(props: {
  withdrawal: FragmentType<typeof WithdrawalSummary_withdrawal>;
}) {
  const withdrawal = getFragmentData(WithdrawalSummary_withdrawal, props.withdrawal);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text fw={800} size="xl">
          {formatMoneyValue(withdrawal.amount)}
        </Text>
        <WithdrawalStatusBadge status={withdrawal.status} />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
        <Fact label="Affiliate">
          {withdrawal.affiliate.name}
          <Text size="xs" c="dimmed" component="span" display="block">
            <BreakableAddress address={withdrawal.affiliate.email} />
          </Text>
        </Fact>
        <Fact label="Requested">{formatDateTime(withdrawal.requestedAt)}</Fact>
        <Fact label="Pay with">{paymentMethodLabel(withdrawal.paymentMethod)}</Fact>
        <Fact label="Account">
          <BreakableAddress address={withdrawal.payoutAccount} />
        </Fact>
        <Fact label="Receipt number">{withdrawal.receiptNumber ?? "—"}</Fact>
        <Fact label="Date paid">
          {withdrawal.paidOn ? formatLocalDate(withdrawal.paidOn) : "—"}
        </Fact>
        {withdrawal.processedAt && (
          <Fact label="Processed">{formatDateTime(withdrawal.processedAt)}</Fact>
        )}
        <Fact label="Note to the affiliate">
          <span style={{ whiteSpace: "pre-wrap" }}>{withdrawal.note ?? "—"}</span>
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}
