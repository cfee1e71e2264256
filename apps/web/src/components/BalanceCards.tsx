import { Paper, SimpleGrid, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatMoneyValue } from "../lib/money";

export const BalanceCards_balance = graphql(`
  fragment BalanceCards_balance on AffiliateBalance {
    earned {
      amount
      currencyCode
    }
    available {
      amount
      currencyCode
    }
    pending {
      amount
      currencyCode
    }
    paid {
      amount
      currencyCode
    }
  }
`);

/** Earned = available + pending + paid, as four cards. */
export function BalanceCards(props: { balance: FragmentType<typeof BalanceCards_balance> }) {
  const balance = getFragmentData(BalanceCards_balance, props.balance);
  const cards = [
    { label: "Available", money: balance.available, hint: "Can be withdrawn now" },
    { label: "Pending", money: balance.pending, hint: "Requested, awaiting payment" },
    { label: "Paid", money: balance.paid, hint: "Paid out" },
    { label: "Earned", money: balance.earned, hint: "All commissions, less refunds" },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" component="dl" m={0}>
      {cards.map((card) => (
        <Paper key={card.label} withBorder p="md">
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {card.label}
          </Text>
          <Text component="dd" m={0}>
            <Text
              component="span"
              display="block"
              fw={700}
              size="xl"
              data-testid={`balance-${card.label.toLowerCase()}`}
            >
              {formatMoneyValue(card.money)}
            </Text>
            <Text component="span" size="xs" c="dimmed">
              {card.hint}
            </Text>
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
