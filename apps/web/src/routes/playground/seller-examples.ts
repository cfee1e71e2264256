import type { Example } from "./example";
import type { ExampleOptions } from "./examples";
import type { PlaygroundContext } from "./playground-context";

/** My Affiliates, Payouts, processing a withdrawal and recording a sale, on the seller's own data. */
export function sellerExamples(context: PlaygroundContext, options: ExampleOptions): Example[] {
  if (!context.seller) return [];
  const { pendingWithdrawal: pending, sale } = context;
  const examples: Example[] = [
    {
      title: `My Affiliates of ${context.seller.name}: balances, offers and pending withdrawals.`,
      operation: `
query MyAffiliates($first: Int!, $search: String) {
  affiliates(first: $first, search: $search, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    nodes {
      id
      name
      status
      referralCode
      pendingWithdrawalCount
      balance {
        earned { amount currencyCode }
        available { amount }
        pending { amount }
        paid { amount }
      }
      offers { offer { id name } salesCount commissionTotal { amount } }
    }
  }
}`,
      variables: { first: 5, search: null },
    },
    {
      title: "Payouts: what needs your attention, largest pending requests first.",
      operation: `
query Payouts($status: WithdrawalStatus) {
  payoutSummary {
    pendingCount
    pendingTotal { amount currencyCode }
    approvedCount
    approvedTotal { amount }
    rejectedCount
    rejectedTotal { amount }
  }
  withdrawals(status: $status, first: 10, orderBy: { field: AMOUNT, direction: DESC }) {
    nodes { id affiliate { name } amount { amount currencyCode } status requestedAt }
  }
}`,
      variables: { status: "PENDING" },
    },
  ];
  if (pending) {
    examples.push({
      title: `Process ${pending.affiliateName}'s ${pending.amount} withdrawal.`,
      changes: "saves the note on it; it stays Pending.",
      notes: [
        `To approve it, set "status" to "APPROVED" with the receiptNumber and paidOn (e.g. "${options.today}") of your payment. Approved and rejected are final.`,
      ],
      operation: `
mutation ProcessWithdrawal(
  $withdrawalId: ID!
  $status: WithdrawalStatus!
  $receiptNumber: String
  $paidOn: LocalDate
  $note: String
) {
  processWithdrawal(input: {
    withdrawalId: $withdrawalId
    status: $status
    receiptNumber: $receiptNumber
    paidOn: $paidOn
    note: $note
  }) {
    id
    status
    receiptNumber
    paidOn
    note
    history { at actor { name } fromStatus toStatus note }
  }
}`,
      variables: {
        withdrawalId: pending.id,
        status: "PENDING",
        receiptNumber: null,
        paidOn: null,
        note: "Paying this week.",
      },
    });
  }
  if (sale) {
    examples.push({
      title: `Record a sale of ${sale.offerName} at its price, ${sale.shownPrice}, referred by ${sale.affiliateName}.`,
      changes: `adds ${sale.affiliateName}'s commission to their balance, as your checkout would.`,
      notes: ["The same orderId again records nothing new (it answers the same commission)."],
      operation: `
mutation RecordSale(
  $referralCode: String!
  $offerId: ID!
  $orderId: String!
  $saleAmount: Decimal!
) {
  recordSale(input: {
    referralCode: $referralCode
    offerId: $offerId
    orderId: $orderId
    saleAmount: $saleAmount
  }) {
    id
    orderId
    saleAmount { amount currencyCode }
    amount { amount currencyCode }
    occurredAt
  }
}`,
      variables: {
        referralCode: sale.referralCode,
        offerId: sale.offerId,
        orderId: `playground-${options.uniqueSuffix}`,
        saleAmount: sale.price,
      },
    });
  }
  return examples;
}
