import { useQuery } from "@apollo/client/react";
import { Paper, SimpleGrid, Skeleton, Text } from "@mantine/core";
import { ErrorState } from "../../../components/QueryState";
import { FETCHED_BY_ROUTE } from "../../../app/route-data";
import { formatMoneyValue } from "../../../lib/money";
import { PayoutSummaryQuery } from "./payouts-queries";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What needs the seller's attention: pending requests first. */
export function PayoutSummaryCards() {
  const { data, error, refetch } = useQuery(PayoutSummaryQuery, FETCHED_BY_ROUTE);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const summary = data?.payoutSummary;
  const cards = summary
    ? [
        {
          label: "Pending",
          value: formatMoneyValue(summary.pendingTotal),
          detail: plural(summary.pendingCount, "request to process", "requests to process"),
          color: summary.pendingCount > 0 ? "#7a4d00" : undefined,
        },
        {
          label: "Approved",
          value: formatMoneyValue(summary.approvedTotal),
          detail: plural(summary.approvedCount, "payout", "payouts"),
        },
        {
          label: "Rejected",
          value: formatMoneyValue(summary.rejectedTotal),
          detail: plural(summary.rejectedCount, "request", "requests"),
        },
      ]
    : null;
  return (
    <SimpleGrid cols={3} spacing="xs" component="dl" m={0} aria-busy={!cards}>
      {(cards ?? [{ label: "Pending" }, { label: "Approved" }, { label: "Rejected" }]).map(
        (card) => (
          <Paper key={card.label} withBorder p={{ base: "xs", sm: "md" }}>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              {card.label}
            </Text>
            {"value" in card ? (
              <Text component="dd" m={0}>
                <Text
                  component="span"
                  fw={700}
                  fz={{ base: "md", sm: "xl" }}
                  display="block"
                  c={card.color}
                >
                  {card.value}
                </Text>
                <Text component="span" size="xs" c="dimmed">
                  {card.detail}
                </Text>
              </Text>
            ) : (
              <Skeleton component="dd" height={36} mt={4} m={0} aria-label="Loading" />
            )}
          </Paper>
        ),
      )}
    </SimpleGrid>
  );
}
