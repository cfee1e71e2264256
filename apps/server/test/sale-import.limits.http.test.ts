import { SALE_IMPORT_MAX_ROWS } from "@allyhut/schema";
import { PRODUCTION_ENV } from "./support/corpus";
import { FIXTURE_PASSWORD, createProgram } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

// The SPA's request: the rows as variables, every line's outcome with its commission.
const IMPORT = `mutation ImportSales($input: ImportSalesInput!) {
  importSales(input: $input) {
    dryRun recordedCount alreadyRecordedCount problemCount
    lines {
      line orderId outcome field message
      commission { id orderId occurredAt reversed amount { amount currencyCode } saleAmount { amount currencyCode } offer { id name } }
    }
  }
}`;

describe("importSales: how many lines one call takes", () => {
  let server: TestServer;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;

  beforeAll(async () => {
    // Production settings: the limits a real client meets. The request deadline is not what this
    // file measures (it logs how long 500 lines take): on a loaded test machine it would decide.
    server = await startTestServer({ env: { ...PRODUCTION_ENV, REQUEST_DEADLINE_MS: "60000" } });
    program = await createProgram(server.db.dataSource, { loginPassword: true });
    await server.db.dataSource.query(
      "UPDATE offers SET name = 'Signature Coaching Programme 2026' WHERE id = ?",
      [program.offerId],
    );
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  /** `count` realistic lines: 20-character order ids, the offer by name, an amount and an instant. */
  const rows = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, n) => ({
      line: n + 2,
      orderId: `${prefix}-2026-${String(n).padStart(8, "0")}`.slice(0, 20).padEnd(20, "0"),
      referralCode: program.affiliate.referralCode,
      offer: "Signature Coaching Programme 2026",
      saleAmount: "1249.00",
      occurredAt: "2026-01-15T10:30:00.000Z",
    }));

  it(`${SALE_IMPORT_MAX_ROWS} lines fit the 100 kB body and the query limits: previewed, recorded, sent again`, async () => {
    const input = { rows: rows(SALE_IMPORT_MAX_ROWS, "ORD"), dryRun: true };
    const bodyBytes = Buffer.byteLength(JSON.stringify({ query: IMPORT, variables: { input } }));
    expect(bodyBytes).toBeLessThan(100 * 1024);
    const timings: string[] = [`body ${bodyBytes} bytes`];
    const send = async (dryRun: boolean) => {
      const started = Date.now();
      const answer = await seller.request(IMPORT, { input: { ...input, dryRun } });
      timings.push(
        `dryRun ${dryRun}: ${Date.now() - started} ms, ${seller.lastStatements} statements`,
      );
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data!.importSales;
    };
    expect((await send(true)).recordedCount).toBe(SALE_IMPORT_MAX_ROWS);
    const recorded = await send(false);
    expect(recorded.recordedCount).toBe(SALE_IMPORT_MAX_ROWS);
    expect(recorded.lines[0].commission.amount).toEqual({ amount: "1.00", currencyCode: "USD" });
    expect((await send(false)).alreadyRecordedCount).toBe(SALE_IMPORT_MAX_ROWS);
    console.log(`importSales of ${SALE_IMPORT_MAX_ROWS} lines: ${timings.join("; ")}`);
  }, 60_000);

  it.each([0, SALE_IMPORT_MAX_ROWS + 1])(
    "%i lines are refused: BAD_USER_INPUT on rows",
    async (count) => {
      const answer = await seller.request(IMPORT, {
        input: { rows: rows(count, "NO"), dryRun: false },
      });
      expect(errorOf(answer)).toEqual({ code: "BAD_USER_INPUT", field: "rows" });
    },
  );
});
