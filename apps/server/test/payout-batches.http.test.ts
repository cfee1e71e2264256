import { FIXTURE_PASSWORD } from "./support/fixtures";
import { errorOf, startTestServer, type GraphQLTestClient, type TestServer } from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";
import { payoutScene, resultCsv, type PayoutScene } from "./support/payout-fixtures";

const BATCH_FIELDS = `id status paymentMethod itemCount total { amount currencyCode } createdBy { id }`;
const CREATE = `mutation Create($input: CreatePayoutBatchInput!) { createPayoutBatch(input: $input) { ${BATCH_FIELDS} } }`;
const IMPORT = `mutation Import($input: ImportPayoutResultsInput!) {
  importPayoutResults(input: $input) {
    id dryRun approvedCount failedCount problemCount
    lines { line reference outcome message withdrawal { id status receiptNumber reference } }
  }
}`;
const PROCESS = `mutation P($input: ProcessWithdrawalInput!) { processWithdrawal(input: $input) { id status } }`;
const today = () => new Date().toISOString().slice(0, 10);

describe("payout day over HTTP", () => {
  let server: TestServer;
  let scene: PayoutScene;
  let seller: GraphQLTestClient;

  beforeAll(async () => {
    server = await startTestServer();
    scene = await payoutScene(server.db.dataSource, {
      affiliates: 2,
      withdrawalsEach: 2,
      amountCents: 1_500,
      loginPassword: true,
    });
    seller = server.client();
    await seller.login(scene.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(server.db.dataSource);
    await server.close();
  });

  it("select, batch, download, import the report: the rows APPROVED, the batch CLOSED", async () => {
    const [paid, failed, kept] = scene.withdrawalIds as [string, string, string];
    const created = await seller.request(CREATE, {
      input: { withdrawalIds: [paid, failed, kept] },
    });
    expect(errorOf(created)).toBeNull();
    const batch = created.body.data!.createPayoutBatch;
    expect(batch).toEqual({
      id: expect.any(String),
      status: "OPEN",
      paymentMethod: "PAYPAL",
      itemCount: 3,
      total: { amount: "45.00", currencyCode: "USD" },
      createdBy: { id: scene.seller.owner.userId },
    });
    const listed = await seller.request(
      `query { payoutBatches(first: 5) { totalCount edges { cursor node { id } }
        nodes { id file(format: PAYPAL_PAYOUTS) withdrawals(first: 10) { totalCount nodes { id reference batch { id status } } } } } }`,
    );
    const connection = listed.body.data!.payoutBatches;
    expect(connection.totalCount).toBe(1);
    expect(connection.edges[0].node.id).toBe(batch.id);
    expect(
      connection.nodes[0].withdrawals.nodes.map((w: { reference: string }) => w.reference),
    ).toEqual([paid, failed, kept].map((id) => `AH-W-${id}`));
    expect(connection.nodes[0].file).toContain(`AH-W-${kept}`);
    const inBatch = await seller.request(PROCESS, {
      input: { withdrawalId: kept, status: "REJECTED" },
    });
    expect(errorOf(inBatch)).toEqual({ code: "CONFLICT" });
    const removed = await seller.request(
      `mutation { removeFromPayoutBatch(withdrawalId: "${kept}") { id status batch { id } } }`,
    );
    expect(removed.body.data!.removeFromPayoutBatch).toEqual({
      id: kept,
      status: "PENDING",
      batch: null,
    });
    const csv = resultCsv([
      { reference: `AH-W-${paid}`, status: "PAID", receipt: "PP-HTTP-1", paidOn: today() },
      { reference: `AH-W-${failed}`, status: "FAILED", note: "Unclaimed" },
      { reference: "AH-W-4242424", status: "PAID", receipt: "PP-HTTP-2", paidOn: today() },
    ]);
    const preview = await seller.request(IMPORT, {
      input: { batchId: batch.id, csv, dryRun: true },
    });
    expect(preview.body.data!.importPayoutResults).toMatchObject({
      id: expect.stringMatching(/^dry-run-/),
      dryRun: true,
      approvedCount: 1,
      failedCount: 1,
      problemCount: 1,
    });
    const imported = await seller.request(IMPORT, { input: { batchId: batch.id, csv } });
    const result = imported.body.data!.importPayoutResults;
    expect(result.lines).toEqual([
      {
        line: 2,
        reference: `AH-W-${paid}`,
        outcome: "APPROVED",
        message: null,
        withdrawal: {
          id: paid,
          status: "APPROVED",
          receiptNumber: "PP-HTTP-1",
          reference: `AH-W-${paid}`,
        },
      },
      expect.objectContaining({
        outcome: "FAILED",
        withdrawal: expect.objectContaining({ status: "PENDING" }),
      }),
      expect.objectContaining({ outcome: "UNMATCHED", withdrawal: null }),
    ]);
    const closed = await seller.request(
      `query { payoutBatch(id: "${batch.id}") { status itemCount imports { id approvedCount } } }`,
    );
    expect(closed.body.data!.payoutBatch).toEqual({
      status: "CLOSED",
      itemCount: 1,
      imports: [{ id: result.id, approvedCount: 1 }],
    });
    // The duplicate-payment guard, then the seller's confirmation.
    const reuse = (allowReusedReceipt: boolean) =>
      seller.request(PROCESS, {
        input: {
          withdrawalId: kept,
          status: "APPROVED",
          receiptNumber: "PP-HTTP-1",
          paidOn: today(),
          allowReusedReceipt,
        },
      });
    const refused = await reuse(false);
    expect(errorOf(refused)).toEqual({ code: "CONFLICT" });
    expect(refused.body.errors![0]!.message).toMatch(
      /^This receipt number is already on .+'s \$15\.00 of /,
    );
    expect((await reuse(true)).body.data!.processWithdrawal).toEqual({
      id: kept,
      status: "APPROVED",
    });
  });

  it("another seller sees no batch: null, NOT_FOUND", async () => {
    const other = await payoutScene(server.db.dataSource, { loginPassword: true });
    const created = await seller.request(CREATE, {
      input: { withdrawalIds: [scene.withdrawalIds[3]] },
    });
    const batchId = created.body.data!.createPayoutBatch.id;
    const stranger = server.client();
    await stranger.login(other.seller.owner.email, FIXTURE_PASSWORD);
    const seen = await stranger.request(`query { payoutBatch(id: "${batchId}") { id } }`);
    expect(seen.body.data!.payoutBatch).toBeNull();
    const imported = await stranger.request(IMPORT, {
      input: { batchId, csv: resultCsv([{ reference: "AH-W-1", status: "FAILED" }]) },
    });
    expect(errorOf(imported)).toEqual({ code: "NOT_FOUND" });
    const taken = await stranger.request(CREATE, {
      input: { withdrawalIds: [scene.withdrawalIds[3]] },
    });
    expect(errorOf(taken)).toEqual({ code: "NOT_FOUND" });
  });

  it("reads a BOM, CRLF line ends, quoted commas and a formula-looking cell as the text they are", async () => {
    const id = scene.withdrawalIds[3];
    const listed = await seller.request(`query { withdrawal(id: "${id}") { batch { id } } }`);
    const batchId = listed.body.data!.withdrawal.batch.id;
    const csv =
      "\uFEFFreference,status,receipt_number,paid_on,note\r\n" +
      `AH-W-${id},FAILED,,,"=HYPERLINK(""https://x.test""), closed, sorry"\r\n`;
    const answer = await seller.request(IMPORT, { input: { batchId, csv, dryRun: true } });
    expect(errorOf(answer)).toBeNull();
    const [line] = answer.body.data!.importPayoutResults.lines;
    expect(line).toMatchObject({ line: 2, reference: `AH-W-${id}`, outcome: "FAILED" });
    expect(line.message).toContain("closed, sorry");
  });

  it("a signed-in seller's report may be megabytes: 6 MB is the parser's BAD_USER_INPUT on csv, not a 413", async () => {
    const header = "reference,status,receipt_number,paid_on,note\n";
    const line = `AH-W-1,FAILED,,,"${"x".repeat(90)}"\n`;
    const csv = header + line.repeat(Math.ceil((6 * 1024 * 1024) / line.length));
    const answer = await seller.request(IMPORT, { input: { batchId: "1", csv } });
    expect(answer.status).toBe(200);
    expect(errorOf(answer)).toEqual({ code: "BAD_USER_INPUT", field: "csv" });
    const anonymous = await server.client().request(IMPORT, { input: { batchId: "1", csv } });
    expect(anonymous.status).toBe(413);
    expect(anonymous.body.errors![0]!.message).toBe("The request body is larger than 100 kB.");
    const huge = await seller.request(IMPORT, { input: { batchId: "1", csv: csv + csv } });
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0]!.message).toBe("The request body is larger than 12 MB.");
  });
});
