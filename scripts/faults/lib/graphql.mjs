// A GraphQL client over fetch that keeps its session cookie, and the money operations the scripts send.

/** A network failure (no HTTP answer): refused, reset, or timed out. */
export class NoAnswer extends Error {
  constructor(cause) {
    super(`no answer: ${cause?.cause?.code ?? cause?.code ?? cause?.name ?? cause}`);
    this.name = "NoAnswer";
    this.code = cause?.cause?.code ?? cause?.code ?? cause?.name ?? "UNKNOWN";
  }
}

export class GraphQLClient {
  cookie = "";

  constructor(url) {
    this.url = url;
  }

  /** { status, body } of one operation; throws NoAnswer when the server does not answer in time. */
  async request(query, variables = {}, { timeoutMs = 10_000 } = {}) {
    let response;
    let text;
    try {
      response = await fetch(`${this.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new NoAnswer(error);
    }
    const session = response.headers.getSetCookie().find((c) => c.startsWith("allyhut_session"));
    if (session) this.cookie = session.split(";")[0];
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = {
        errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }],
      };
    }
    return { status: response.status, body };
  }

  async login(email, password) {
    const { body } = await this.request(
      "mutation Login($input: LoginInput!) { login(input: $input) { id } }",
      { input: { email, password } },
    );
    if (!body.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(body)}`);
    return this;
  }
}

/** The error code of an answer, or null when it succeeded. */
export const errorCode = (answer) => answer.body.errors?.[0]?.extensions?.code ?? null;

export const RECORD_SALE = `mutation Sale($input: RecordSaleInput!) {
  recordSale(input: $input) { id amount { amount } }
}`;
export const REVERSE_SALE = `mutation Reverse($orderId: String!) { reverseSale(orderId: $orderId) { id } }`;
export const REQUEST_WITHDRAWAL = `mutation Request($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) { id status }
}`;
export const PROCESS_WITHDRAWAL = `mutation Process($input: ProcessWithdrawalInput!) {
  processWithdrawal(input: $input) { id status }
}`;
export const PENDING_WITHDRAWALS = `query Pending($after: String) {
  withdrawals(first: 50, status: PENDING, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } }
}`;
export const AFFILIATES = `query Affiliates {
  affiliates(first: 20) { totalCount nodes { id name salesCount balance { available { amount } } } }
}`;
export const PAYOUT_SUMMARY = `query { payoutSummary { pendingCount approvedCount rejectedCount } }`;
export const MY_BALANCE = `query Mine($id: ID!) {
  affiliate(id: $id) {
    balance { earned { amount } available { amount } }
    commissions(first: 10) { nodes { id amount { amount } } }
    withdrawals(first: 10) { nodes { id status history { toStatus } } }
  }
}`;

export const today = () => new Date().toISOString().slice(0, 10);

/** A sale amount like "37.25" (never a float in flight: built from integer cents). */
export function saleAmount(cents) {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
