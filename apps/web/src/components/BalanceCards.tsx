import { Paper, SimpleGrid, Text } from "@mantine/core";
import { getFragmentData, graphql, type FragmentType } from "../gql";
import { formatLocalDate } from "../lib/dates";
import { formatMoneyValue } from "../lib/money";

export const BalanceCards_balance = graphql(`
  fragment BalanceCards_balance on AffiliateBalance {
    earned {
      amount
      currencyCode
    }
    onHold {
      amount
      currencyCode
    }
    nextAvailableOn
    onHoldUntil
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

/** When what is on hold becomes available: one date, or the first and the last. */
function onHoldHint(nextAvailableOn?: string | null, onHoldUntil?: string | null): string {
  if (!nextAvailableOn || !onHoldUntil) return "Nothing inside the refund window";
  if (nextAvailableOn === onHoldUntil) return `Until ${formatLocalDate(onHoldUntil)}`;
  return `Until ${formatLocalDate(onHoldUntil)}; the first on ${formatLocalDate(nextAvailableOn)}`;
}

/** Earned = on hold + available + pending + paid, as five cards. */
export function BalanceCards(props: { balance: FragmentType<typeof BalanceCards_balance> }) {
  const balance = getFragmentData(BalanceCards_balance, props.balance);
  const cards = [
    { label: "Available", money: balance.available, hint: "Can be withdrawn now" },
    {
      label: "On hold",
      money: balance.onHold,
      hint: onHoldHint(balance.nextAvailableOn, balance.onHoldUntil),
    },
    { label: "Pending", money: balance.pending, hint: "Requested, awaiting payment" },
    { label: "Paid", money: balance.paid, hint: "Paid out" },
    { label: "Earned", money: balance.earned, hint: "All commissions, less refunds" },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
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
              data-testid={`balance-${card.label.toLowerCase().replace(" ", "-")}`}
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
