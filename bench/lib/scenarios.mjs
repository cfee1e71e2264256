// The measured operations, each as a request factory: request(n) is the n-th request's body and
// headers. Reads repeat one request; writes give every request its own withdrawal or affiliate.
import { randomUUID } from "node:crypto";
import {
  AFFILIATES_PAGE,
  AFFILIATE_OVERVIEW,
  ME,
  PAYOUTS_PAGE,
  PAYOUT_SUMMARY,
  PROCESS_WITHDRAWAL,
  REQUEST_WITHDRAWAL,
  graphqlBody,
} from "./operations.mjs";
import { PAGE_SIZE } from "./setup.mjs";

const fixed = (query, variables, cookie) => {
  const request = { body: graphqlBody(query, variables), headers: { cookie } };
  return () => request;
};

/** Reads carry `withFirst(first)`: the same read at another page size, for the statement counts. */
function read(name, query, variables, cookie) {
  return {
    name,
    kind: "read",
    query,
    variables,
    cookie,
    request: fixed(query, variables, cookie),
    withFirst: (first) => ({ ...variables, first }),
  };
}

/**
 * `prepared`: sessions, the page-10,000 cursor and withdrawal ids (setup.mjs). `nextPending()` hands
 * out each PENDING withdrawal once, across both servers and all rounds.
 */
export function scenarios(prepared, nextPending) {
  const { seller, affiliates, overviewAffiliateId, deepCursor } = prepared;
  const today = new Date().toISOString().slice(0, 10);
  return [
    read("Affiliates page (COMMISSION_TOTAL DESC)", AFFILIATES_PAGE, { first: PAGE_SIZE }, seller),
    read(
      "Affiliate overview",
      AFFILIATE_OVERVIEW,
      { id: overviewAffiliateId, first: PAGE_SIZE },
      seller,
    ),
    read("Payouts PENDING, page 1", PAYOUTS_PAGE, { first: PAGE_SIZE, status: "PENDING" }, seller),
    read(
      "Payouts PENDING, page 10,000",
      PAYOUTS_PAGE,
      { first: PAGE_SIZE, status: "PENDING", after: deepCursor },
      seller,
    ),
    read("payoutSummary", PAYOUT_SUMMARY, {}, seller),
    read("me { id }", ME, {}, seller),
    {
      name: "requestWithdrawal ($0.01)",
      kind: "write",
      request(n) {
        const affiliate = affiliates[n % affiliates.length];
        const input = { affiliateId: affiliate.id, amount: "0.01", idempotencyKey: randomUUID() };
        return {
          body: graphqlBody(REQUEST_WITHDRAWAL, { input }),
          headers: { cookie: affiliate.cookie },
        };
      },
    },
    {
      name: "processWithdrawal (APPROVED)",
      kind: "write",
      request() {
        const input = {
          withdrawalId: nextPending(),
          status: "APPROVED",
          receiptNumber: `BENCH-${randomUUID()}`,
          paidOn: today,
          note: "Paid by the benchmark.",
        };
        return { body: graphqlBody(PROCESS_WITHDRAWAL, { input }), headers: { cookie: seller } };
      },
    },
  ];
}
