import { todayLocalDate } from "../../lib/dates";

/** The playground's first tabs: the seed's story, step by step, and recordSale. */
export function exampleTabs(today: string = todayLocalDate()) {
  return [
    {
      query: `# 1. Sign in as the demo seller (the session cookie is kept for the next tabs).
mutation SignInAsCoach {
  login(input: { email: "coach@allyhut.test", password: "allyhut-demo" }) {
    name
    seller { name slug currencyCode }
  }
}
`,
    },
    {
      query: `# 2. My Affiliates: Clark Kent and his two pending withdrawals ($3.00 and $2.00).
query ClarkKent {
  affiliates(search: "Clark", first: 5) {
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
      withdrawals(status: PENDING) {
        nodes { id amount { amount currencyCode } status paymentMethod payoutAccount requestedAt }
      }
    }
  }
}
`,
    },
    {
      query: `# 3. Payouts: what needs attention.
query Payouts {
  payoutSummary {
    pendingCount
    pendingTotal { amount currencyCode }
    approvedCount
    approvedTotal { amount }
    rejectedCount
  }
  withdrawals(status: PENDING, orderBy: { field: AMOUNT, direction: DESC }) {
    nodes { id affiliate { name } amount { amount currencyCode } requestedAt }
  }
}
`,
    },
    {
      query: `# 4. Process: paste a pending withdrawal's id (from tab 2 or 3) into the variables.
mutation ProcessWithdrawal($withdrawalId: ID!, $paidOn: LocalDate!) {
  processWithdrawal(input: {
    withdrawalId: $withdrawalId
    status: APPROVED
    receiptNumber: "PAYPAL-RCPT-1001"
    paidOn: $paidOn
    note: "Paid by PayPal. Thanks for promoting the Masterclass!"
  }) {
    id
    status
    receiptNumber
    paidOn
    note
    history { at actor { name } fromStatus toStatus note }
  }
}
`,
      variables: JSON.stringify({ withdrawalId: "", paidOn: today }, null, 2),
    },
    {
      query: `# 5. recordSale: the seller's checkout reports a referred sale (idempotent on orderId).
# Take Clark's referralCode and an offer id from tab 2.
mutation RecordSale($referralCode: String!, $offerId: ID!, $orderId: String!) {
  recordSale(input: {
    referralCode: $referralCode
    offerId: $offerId
    orderId: $orderId
    saleAmount: "199.00"
  }) {
    id
    orderId
    saleAmount { amount currencyCode }
    amount { amount currencyCode }
    occurredAt
  }
}
`,
      variables: JSON.stringify(
        { referralCode: "", offerId: "", orderId: `order-${today}-1` },
        null,
        2,
      ),
    },
    {
      query: `# 6. Clark's side: sign in as the affiliate and read the receipt, date and note.
mutation SignInAsClark {
  login(input: { email: "clark@allyhut.test", password: "allyhut-demo" }) { name }
}

query ClarksWithdrawals {
  me {
    affiliateAccounts {
      seller { name }
      balance { available { amount currencyCode } pending { amount } paid { amount } }
      withdrawals { nodes { amount { amount } status receiptNumber paidOn note } }
    }
  }
}
`,
    },
  ];
}
