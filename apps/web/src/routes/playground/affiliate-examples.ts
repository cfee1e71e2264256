import type { Example } from "./example";
import type { ExampleOptions } from "./examples";
import type { PlaygroundContext } from "./playground-context";

/** The signed-in affiliate's own account and a withdrawal request, with their affiliate id. */
export function affiliateExamples(context: PlaygroundContext, options: ExampleOptions): Example[] {
  const { membership } = context;
  if (!membership) return [];
  return [
    {
      title: `Your affiliate account with ${membership.sellerName}: balance, offers, withdrawals.`,
      operation: `
query MyAffiliateAccount($affiliateId: ID!) {
  affiliate(id: $affiliateId) {
    seller { name }
    status
    referralCode
    balance {
      available { amount currencyCode }
      pending { amount }
      paid { amount }
    }
    offers { offer { name } referralLink salesCount commissionTotal { amount } }
    withdrawals(first: 5) { nodes { amount { amount } status receiptNumber paidOn note } }
  }
}`,
      variables: { affiliateId: membership.affiliateId },
    },
    {
      title: `Ask ${membership.sellerName} to pay you (you have ${membership.available} available).`,
      changes:
        "makes a Pending withdrawal request of the amount, which leaves your available balance.",
      notes: ["The idempotencyKey makes a retry safe: the same key again asks only once."],
      operation: `
mutation RequestWithdrawal($affiliateId: ID!, $amount: Decimal!, $idempotencyKey: String) {
  requestWithdrawal(input: {
    affiliateId: $affiliateId
    amount: $amount
    idempotencyKey: $idempotencyKey
  }) {
    id
    amount { amount currencyCode }
    status
    paymentMethod
    payoutAccount
    requestedAt
  }
}`,
      variables: {
        affiliateId: membership.affiliateId,
        amount: "1.00",
        idempotencyKey: `playground-${options.uniqueSuffix}`,
      },
    },
  ];
}
