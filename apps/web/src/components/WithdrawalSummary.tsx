import { Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatDateTime, formatLocalDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";
import { BreakableAddress } from "./BreakableAddress";
import { ClampedText } from "./ClampedText";
import { paymentMethodLabel, WithdrawalStatusBadge } from "./StatusBadge";

export const WithdrawalSummary_withdrawal = graphql(`
  fragment WithdrawalSummary_withdrawal on Withdrawal {
    id
    reference
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
      seller {
        id
        name
      }
    }
  }
`);

interface WithdrawalSummaryProps {
  withdrawal: FragmentType<typeof WithdrawalSummary_withdrawal>;
  /** The seller reads about their affiliate; the affiliate reads about her own request. */
  reader: "seller" | "affiliate";
  /** The receipt, date paid and note are in the form below: shown there, not twice. */
  withoutEditableFacts?: boolean;
}

/** The facts of a withdrawal request as a definition list. */
export function WithdrawalSummary({
  reader,
  withoutEditableFacts,
  ...props
}: WithdrawalSummaryProps) {
  const withdrawal = getFragmentData(WithdrawalSummary_withdrawal, props.withdrawal);
  const noteLabel =
    reader === "seller" ? "Note to the affiliate" : `Note from ${withdrawal.affiliate.seller.name}`;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text fw={800} size="xl">
          {formatMoneyValue(withdrawal.amount)}
        </Text>
        <WithdrawalStatusBadge status={withdrawal.status} />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
        {reader === "seller" && (
          <Fact label="Affiliate">
            {withdrawal.affiliate.name}
            <Text size="xs" c="dimmed" component="span" display="block">
              <BreakableAddress address={withdrawal.affiliate.email} />
            </Text>
          </Fact>
        )}
        <Fact label="Reference">{withdrawal.reference}</Fact>
        <Fact label="Requested">{formatDateTime(withdrawal.requestedAt)}</Fact>
        <Fact label="Pay with">{paymentMethodLabel(withdrawal.paymentMethod)}</Fact>
        <Fact label="Account">
          <BreakableAddress address={withdrawal.payoutAccount} />
        </Fact>
        {!withoutEditableFacts && (
          <>
            <Fact label="Receipt number">{withdrawal.receiptNumber ?? "—"}</Fact>
            <Fact label="Date paid">
              {withdrawal.paidOn ? formatLocalDate(withdrawal.paidOn) : "—"}
            </Fact>
          </>
        )}
        {withdrawal.processedAt && (
          <Fact label="Processed">{formatDateTime(withdrawal.processedAt)}</Fact>
        )}
        {!withoutEditableFacts && (
          <Fact label={noteLabel} wide>
            {withdrawal.note ? <ClampedText text={withdrawal.note} lines={6} /> : "—"}
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  // A note takes the whole width: in half a drawer a long one reads as a narrow column.
  return (
    <div style={wide ? { gridColumn: "1 / -1" } : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}
