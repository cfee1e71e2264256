// The harness's fixed GraphQL operations: the SPA's selections (apps/web/src), one document per screen.
// The baseline server recognises each by its operationName.

const MONEY = "{ amount currencyCode }";
const PAGE_INFO = "pageInfo { hasNextPage endCursor }";
const BALANCE = `balance { earned ${MONEY} available ${MONEY} pending ${MONEY} paid ${MONEY} }`;

/** My Affiliates, sorted by commission total (AffiliatesPage + AffiliatesTable_affiliate). */
export const AFFILIATES_PAGE = `query AffiliatesPage($first: Int!, $after: String) {
  affiliates(first: $first, after: $after, orderBy: { field: COMMISSION_TOTAL, direction: DESC }) {
    totalCount
    ${PAGE_INFO}
    nodes {
      id name email status salesCount commissionTotal ${MONEY} pendingWithdrawalCount
      balance { pending ${MONEY} }
      offers { offer { id } }
    }
  }
}`;

/** One affiliate's overview: profile, balance, offers, a page of commissions and of withdrawals. */
export const AFFILIATE_OVERVIEW = `query AffiliateOverview($id: ID!, $first: Int!) {
  affiliate(id: $id) {
    id name email status joinedAt referralCode paymentMethod payoutAccount salesCount
    pendingWithdrawalCount commissionTotal ${MONEY}
    ${BALANCE}
    offers {
      promotedSince salesCount commissionTotal ${MONEY}
      offer { id name commissionType commissionValue price ${MONEY} }
    }
    commissions(first: $first) {
      totalCount
      ${PAGE_INFO}
      nodes { id orderId occurredAt reversed offer { id name } saleAmount ${MONEY} amount ${MONEY} }
    }
    withdrawals(first: $first) {
      totalCount
      ${PAGE_INFO}
      nodes {
        id amount ${MONEY} status paymentMethod payoutAccount requestedAt receiptNumber paidOn note
      }
    }
  }
}`;

/** Payouts: a page of the seller's withdrawals, newest first (PayoutsPage + PayoutsTable_withdrawal). */
export const PAYOUTS_PAGE = `query PayoutsPage($first: Int!, $after: String, $status: WithdrawalStatus) {
  withdrawals(first: $first, after: $after, status: $status) {
    totalCount
    ${PAGE_INFO}
    nodes {
      id status amount ${MONEY} paymentMethod payoutAccount requestedAt affiliate { id name }
    }
  }
}`;

/** The least a signed-in request does: the session and nothing else (issue 17's fixed cost). */
export const ME = `query Me { me { id } }`;

export const PAYOUT_SUMMARY = `query PayoutSummary {
  payoutSummary {
    pendingCount pendingTotal ${MONEY} approvedCount approvedTotal ${MONEY} rejectedCount
    rejectedTotal ${MONEY}
  }
}`;

/** Withdrawal Details' Save (ProcessWithdrawalForm's mutation and the fragments it spreads). */
export const PROCESS_WITHDRAWAL = `mutation ProcessWithdrawal($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) {
    id status requestedAt receiptNumber paidOn note processedAt amount ${MONEY}
    paymentMethod payoutAccount
    affiliate { id name email pendingWithdrawalCount ${BALANCE} }
    history { at actor { id name } fromStatus toStatus receiptNumber paidOn note }
  }
}`;

/** The affiliate center's withdrawal request (RequestWithdrawalForm). */
export const REQUEST_WITHDRAWAL = `mutation RequestWithdrawal($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) {
    id status amount ${MONEY}
    affiliate { id pendingWithdrawalCount ${BALANCE} }
  }
}`;

/** A POST body for an operation; the name is the one in its document. */
export function graphqlBody(query, variables) {
  const operationName = /^(?:query|mutation) (\w+)/.exec(query)[1];
  return JSON.stringify({ operationName, query, variables });
}
