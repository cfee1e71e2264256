import { errorsOf, run } from "./support/execute";
import { affiliateViewer, sellerViewer } from "./support/fake-services";

describe("payout day's resolvers over the service interfaces", () => {
  it("lists the seller's batches with edges, total, creator and status filter", async () => {
    const result = await run(
      sellerViewer,
      `{ payoutBatches(first: 5, status: OPEN) {
          edges { cursor node { id } }
          nodes { id status paymentMethod createdAt itemCount total { amount currencyCode } createdBy { id name } }
          pageInfo { hasNextPage endCursor } totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.payoutBatches).toEqual({
      edges: [{ cursor: "cursor-b1", node: { id: "b1" } }],
      nodes: [
        {
          id: "b1",
          status: "OPEN",
          paymentMethod: "PAYPAL",
          createdAt: "2026-02-04T09:00:00.000Z",
          itemCount: 1,
          total: { amount: "3.00", currencyCode: "USD" },
          createdBy: { id: "u1", name: "Demo Coach" },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: "cursor-end" },
      totalCount: 1,
    });
    expect(result.recorder.calls[0]).toEqual({
      service: "payoutBatches.list",
      viewer: sellerViewer,
      input: { first: 5, after: null, status: "OPEN" },
    });
  });

  it("checks first on the batch list and on a batch's withdrawals", async () => {
    const list = await run(sellerViewer, "{ payoutBatches(first: 101) { totalCount } }");
    expect(errorsOf(list)).toEqual([{ code: "BAD_USER_INPUT", field: "first" }]);
    const nested = await run(
      sellerViewer,
      `{ payoutBatch(id: "b1") { withdrawals(first: 0) { totalCount } } }`,
    );
    expect(errorsOf(nested)).toEqual([{ code: "BAD_USER_INPUT", field: "first" }]);
  });

  it("shows the seller a batch: its withdrawals, the provider's file and past imports with counts", async () => {
    const result = await run(
      sellerViewer,
      `{ payoutBatch(id: "b1") {
          withdrawals(first: 50, after: "x") { nodes { id reference batch { id } } }
          file(format: WISE_BATCH)
          imports { id dryRun importedAt approvedCount failedCount problemCount
            lines { line reference outcome message withdrawal { id status } } } }
        missing: payoutBatch(id: "b9") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.missing).toBeNull();
    expect(result.data?.payoutBatch).toEqual({
      withdrawals: { nodes: [{ id: "w2", reference: "AH-W-w2", batch: { id: "b1" } }] },
      file: "reference,amount\r\nAH-W-w2,3.00\r\n",
      imports: [
        {
          id: "i1",
          dryRun: false,
          importedAt: "2026-02-05T09:00:00.000Z",
          approvedCount: 1,
          failedCount: 1,
          problemCount: 1,
          lines: [
            {
              line: 2,
              reference: "AH-W-w2",
              outcome: "APPROVED",
              message: null,
              withdrawal: { id: "w2", status: "PENDING" },
            },
            {
              line: 3,
              reference: "AH-W-9",
              outcome: "UNMATCHED",
              message: "No withdrawal of this batch has this reference.",
              withdrawal: null,
            },
            {
              line: 4,
              reference: "AH-W-w1",
              outcome: "FAILED",
              message: "PayPal: UNCLAIMED",
              withdrawal: { id: "w1", status: "PENDING" },
            },
          ],
        },
      ],
    });
    const services = result.recorder.calls.map((call) => call.service);
    expect(services).toEqual(
      expect.arrayContaining(["payoutBatches.withdrawalsOf", "payoutBatches.file"]),
    );
    expect(result.recorder.calls).toContainEqual({
      service: "payoutBatches.withdrawalsOf",
      input: { id: "b1", first: 50, after: "x" },
      viewer: undefined,
    });
    expect(result.recorder.calls).toContainEqual({
      service: "payoutBatches.file",
      input: { id: "b1", format: "WISE_BATCH" },
      viewer: undefined,
    });
  });

  it("shows an affiliate their withdrawal's reference and batch, but not the batch's lists or file", async () => {
    const seen = await run(
      affiliateViewer,
      `{ withdrawal(id: "w2") { reference batch { id status total { amount } }
          history { batchAction reason payoutBatch { id } } } }`,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.withdrawal).toEqual({
      reference: "AH-W-w2",
      batch: { id: "b1", status: "OPEN", total: { amount: "3.00" } },
      history: [
        { batchAction: null, reason: null, payoutBatch: null },
        { batchAction: "ADDED", reason: null, payoutBatch: { id: "b1" } },
      ],
    });
    for (const field of [
      "file(format: PAYPAL_PAYOUTS)",
      "imports { id }",
      "withdrawals { totalCount }",
    ]) {
      const hidden = await run(affiliateViewer, `{ withdrawal(id: "w2") { batch { ${field} } } }`);
      expect(errorsOf(hidden)).toEqual([{ code: "FORBIDDEN" }]);
      expect((hidden.data?.withdrawal as { batch: unknown }).batch).toBeNull();
    }
    const list = await run(affiliateViewer, "{ payoutBatches { totalCount } }");
    expect(errorsOf(list)).toEqual([{ code: "FORBIDDEN" }]);
    expect(list.recorder.calls).toEqual([]);
  });

  it("creates a batch, takes a withdrawal out and imports a report (dryRun false by default)", async () => {
    const created = await run(
      sellerViewer,
      `mutation { createPayoutBatch(input: { withdrawalIds: ["w1", "w2"] }) { id status } }`,
    );
    expect(created.data?.createPayoutBatch).toEqual({ id: "b1", status: "OPEN" });
    expect(created.recorder.calls[0]?.input).toEqual({ withdrawalIds: ["w1", "w2"] });

    const removed = await run(
      sellerViewer,
      `mutation { removeFromPayoutBatch(withdrawalId: "w2") { id batch { id } } }`,
    );
    expect(removed.data?.removeFromPayoutBatch).toEqual({ id: "w2", batch: null });
    expect(removed.recorder.calls[0]?.input).toBe("w2");

    const csv = "reference,status\nAH-W-w2,PAID\n";
    const imported = await run(
      sellerViewer,
      `mutation ($csv: String!) { importPayoutResults(input: { batchId: "b1", csv: $csv }) { id dryRun approvedCount } }`,
      { csv },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importPayoutResults).toEqual({
      id: "i2",
      dryRun: false,
      approvedCount: 1,
    });
    expect(imported.recorder.calls[0]?.input).toEqual({ batchId: "b1", csv, dryRun: false });

    const refused = await run(
      affiliateViewer,
      `mutation { importPayoutResults(input: { batchId: "b1", csv: "x", dryRun: true }) { id } }`,
    );
    expect(errorsOf(refused)).toEqual([{ code: "FORBIDDEN" }]);
  });

  it("passes the Payouts filters and allowReusedReceipt (false unless sent) on", async () => {
    const list = await run(
      sellerViewer,
      "{ withdrawals(status: PENDING, paymentMethod: PAYPAL, inOpenBatch: false) { nodes { id } } }",
    );
    expect(list.recorder.calls[0]?.input).toMatchObject({
      status: "PENDING",
      paymentMethod: "PAYPAL",
      inOpenBatch: false,
    });
    const process = (extra: string) =>
      run(
        sellerViewer,
        `mutation { processWithdrawal(input: { withdrawalId: "w1", status: APPROVED, receiptNumber: "R1", paidOn: "2026-02-04"${extra} }) { id } }`,
      );
    expect((await process("")).recorder.calls[0]?.input).toMatchObject({
      allowReusedReceipt: false,
    });
    expect((await process(", allowReusedReceipt: true")).recorder.calls[0]?.input).toMatchObject({
      allowReusedReceipt: true,
    });
  });
});
