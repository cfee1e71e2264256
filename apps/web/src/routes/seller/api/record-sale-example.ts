/** The recordSale call a checkout makes, as the API page shows it. */
export const RECORD_SALE_DOCUMENT = `mutation RecordSale($input: RecordSaleInput!) {
  recordSale(input: $input) {
    id
    orderId
    reversed
    amount {
      amount
      currencyCode
    }
  }
}`;

export interface RecordSaleExample {
  offerId: string;
  referralCode: string;
  saleAmount: string;
}

/** The variables of one sale: an order of the checkout, the buyer's ?ref= code, offer and price. */
export const recordSaleVariables = (example: RecordSaleExample) => ({
  input: {
    orderId: "ORDER-1001",
    referralCode: example.referralCode,
    offerId: example.offerId,
    saleAmount: example.saleAmount,
  },
});

// Single quotes keep a shell from touching anything inside; a quote itself is closed and escaped.
const shellQuoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * Two curl commands: sign in once (the session cookie goes to a file), then record the sale with
 * that cookie. JSON's content type is what the API's CSRF protection asks of a POST.
 */
export function recordSaleCurl(endpoint: string, email: string, example: RecordSaleExample) {
  const login = JSON.stringify({
    query: "mutation SignIn($input: LoginInput!) { login(input: $input) { id } }",
    variables: { input: { email, password: "YOUR_PASSWORD" } },
  });
  const record = JSON.stringify({
    query: RECORD_SALE_DOCUMENT.replace(/\s+/g, " "),
    variables: recordSaleVariables(example),
  });
  return [
    "# 1. Sign in once: -c saves the session cookie in allyhut-session.txt",
    `curl -sS -c allyhut-session.txt -H 'content-type: application/json' \\`,
    `  --data ${shellQuoted(login)} \\`,
    `  ${endpoint}`,
    "",
    "# 2. Record each sale: -b sends the saved cookie",
    `curl -sS -b allyhut-session.txt -H 'content-type: application/json' \\`,
    `  --data ${shellQuoted(record)} \\`,
    `  ${endpoint}`,
  ].join("\n");
}
