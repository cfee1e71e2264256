import {
  PayoutBatchAction,
  PayoutBatchStatus,
  PayoutFileFormat,
  WithdrawalStatus,
} from "@allyhut/schema";
import { useTestDatabase } from "./support/database";
import { expectApiError } from "./support/fixtures";
import { payoutScene, payoutServices } from "./support/payout-fixtures";

const { OPEN, CLOSED } = PayoutBatchStatus;
const today = () => new Date().toISOString().slice(0, 10);

describe("PayoutBatchService: create, remove, read", () => {
  const db = useTestDatabase({ moneyInvariants: true });
  const services = () => payoutServices(db.dataSource);

  it("puts PENDING withdrawals of one method into an OPEN batch with their totals and an ADDED event each", async () => {
    const scene = await payoutScene(db.dataSource, { affiliates: 2, withdrawalsEach: 2 });
    const batch = await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: scene.withdrawalIds.slice(0, 3),
    });
    expect(batch).toEqual({
      id: expect.stringMatching(/^\d+$/),
      sellerId: scene.seller.sellerId,
      status: OPEN,
      paymentMethod: "PAYPAL",
      createdAt: expect.any(Date),
      createdByUserId: scene.seller.owner.userId,
      itemCount: 3,
      totalCents: 300,
      currencyCode: "USD",
    });
    const batched = await Promise.all(
      scene.withdrawalIds.map((id) => services().withdrawals.get(scene.seller.viewer, id)),
    );
    expect(batched.map((w) => w?.payoutBatchId)).toEqual([batch.id, batch.id, batch.id, null]);
    const history = await services().withdrawals.historyOf(scene.withdrawalIds[0]!);
    expect(history[1]).toMatchObject({
      actor: { id: scene.seller.owner.userId },
      fromStatus: WithdrawalStatus.PENDING,
      toStatus: WithdrawalStatus.PENDING,
      payoutBatchId: batch.id,
      batchAction: PayoutBatchAction.ADDED,
      reason: null,
    });
  });

  it("refuses what cannot be batched, naming the withdrawals, and never reveals another seller's", async () => {
    const scene = await payoutScene(db.dataSource, { affiliates: 2, withdrawalsEach: 3 });
    const bank = await payoutScene(db.dataSource, { paymentMethod: "BANK_TRANSFER" });
    const other = await payoutScene(db.dataSource);
    const [first, second, third, fourth] = scene.withdrawalIds as [string, string, string, string];
    const create = (withdrawalIds: unknown, viewer = scene.seller.viewer) =>
      services().payoutBatches.create(viewer, { withdrawalIds: withdrawalIds as string[] });
    await expectApiError(create([first], scene.affiliates[0]!.viewer), "FORBIDDEN");
    await expectApiError(create([]), "BAD_USER_INPUT", "withdrawalIds");
    await expectApiError(create(Array(1001).fill(first)), "BAD_USER_INPUT", "withdrawalIds");
    await expect(create([first, second, first])).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "withdrawalIds" },
      message: expect.stringContaining(`AH-W-${first}`),
    });
    await expectApiError(create([first, "nope"]), "NOT_FOUND");
    await expectApiError(create([first, other.withdrawalIds[0]]), "NOT_FOUND");
    await expectApiError(create([bank.withdrawalIds[0]]), "NOT_FOUND");
    // Another seller's batch of its own withdrawal is fine; this seller's refusals name its own.
    await services().withdrawals.process(scene.seller.viewer, {
      withdrawalId: fourth,
      status: WithdrawalStatus.REJECTED,
    });
    await expect(create([first, fourth])).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
      message: expect.stringContaining(`AH-W-${fourth} is no longer PENDING`),
    });
    const batch = await create([first, second]);
    await expect(create([second, third])).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
      message: `AH-W-${second} is already in open payout batch #${batch.id}.`,
    });
    await db.dataSource.query(
      "UPDATE withdrawals SET payment_method = 'BANK_TRANSFER' WHERE id = ?",
      [third],
    );
    await expect(create([third, scene.withdrawalIds[4]])).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "withdrawalIds" },
      message: expect.stringContaining("BANK_TRANSFER and PAYPAL"),
    });
    await db.dataSource.query("UPDATE withdrawals SET payment_method = 'PAYPAL' WHERE id = ?", [
      third,
    ]);
    expect(await services().payoutBatches.get(other.seller.viewer, batch.id)).toBeNull();
  });

  it("two overlapping creates at once: exactly one wins, the other is CONFLICT naming the shared withdrawals", async () => {
    const scene = await payoutScene(db.dataSource, { affiliates: 3, withdrawalsEach: 20 });
    const ids = scene.withdrawalIds;
    for (let round = 0; round < 3; round++) {
      const slice = ids.slice(round * 20, round * 20 + 20);
      const results = await Promise.allSettled([
        payoutServices(db.dataSource).payoutBatches.create(scene.seller.viewer, {
          withdrawalIds: slice.slice(0, 12),
        }),
        payoutServices(db.dataSource).payoutBatches.create(scene.seller.viewer, {
          withdrawalIds: slice.slice(8, 20).reverse(),
        }),
      ]);
      const won = results.filter((result) => result.status === "fulfilled");
      const lost = results.filter((result) => result.status === "rejected");
      expect([won.length, lost.length]).toEqual([1, 1]);
      const reason = (lost[0] as PromiseRejectedResult).reason;
      expect(reason.extensions).toEqual({ code: "CONFLICT" });
      expect(reason.message).toContain(`AH-W-${slice[8]}`);
    }
    const [row] = await db.dataSource.query(
      "SELECT COUNT(*) AS batches, SUM(item_count) AS items FROM payout_batches WHERE seller_id = ?",
      [scene.seller.sellerId],
    );
    expect([Number(row.batches), Number(row.items)]).toEqual([3, 36]);
  });

  it("takes a withdrawal out: totals shrink, a REMOVED event says why, the last one out closes the batch", async () => {
    const scene = await payoutScene(db.dataSource, { withdrawalsEach: 2, amountCents: 250 });
    const other = await payoutScene(db.dataSource);
    const [first, second] = scene.withdrawalIds as [string, string];
    const batch = await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: [first, second],
    });
    const remove = (id: string, viewer = scene.seller.viewer) =>
      services().payoutBatches.removeWithdrawal(viewer, id);
    await expectApiError(remove(first, scene.affiliates[0]!.viewer), "FORBIDDEN");
    await expectApiError(remove(first, other.seller.viewer), "NOT_FOUND");
    await expectApiError(remove("x"), "NOT_FOUND");
    await expectApiError(remove(other.withdrawalIds[0]!), "NOT_FOUND");
    const out = await remove(first);
    expect(out).toMatchObject({ id: first, status: WithdrawalStatus.PENDING, payoutBatchId: null });
    await expect(remove(first)).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
      message: `AH-W-${first} is not in an open payout batch.`,
    });
    expect(await services().payoutBatches.byId(batch.id)).toMatchObject({
      status: OPEN,
      itemCount: 1,
      totalCents: 250,
    });
    const history = await services().withdrawals.historyOf(first);
    expect(history.at(-1)).toMatchObject({
      batchAction: PayoutBatchAction.REMOVED,
      payoutBatchId: batch.id,
      reason: "Taken out of the batch by the seller.",
    });
    // Out of the batch, it can be processed by hand, or batched again.
    await services().withdrawals.process(scene.seller.viewer, {
      withdrawalId: first,
      status: WithdrawalStatus.APPROVED,
      receiptNumber: `HAND-${first}`,
      paidOn: today(),
    });
    await remove(second);
    expect(await services().payoutBatches.byId(batch.id)).toMatchObject({
      status: CLOSED,
      itemCount: 0,
      totalCents: 0,
    });
    const again = await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: [second],
    });
    expect(again.status).toBe(OPEN);
  });

  it("lists the seller's batches newest first, pages by cursor, filters by status; others see none", async () => {
    const scene = await payoutScene(db.dataSource, { withdrawalsEach: 5 });
    const other = await payoutScene(db.dataSource);
    const batches = [];
    for (const id of scene.withdrawalIds) {
      batches.push(
        await services().payoutBatches.create(scene.seller.viewer, { withdrawalIds: [id] }),
      );
    }
    await services().payoutBatches.removeWithdrawal(scene.seller.viewer, scene.withdrawalIds[1]!);
    const list = (args: object, viewer = scene.seller.viewer) =>
      services().payoutBatches.list(viewer, { first: 2, after: null, ...args });
    const first = await list({});
    expect(first.nodes.map((b) => b.id)).toEqual([batches[4]!.id, batches[3]!.id]);
    expect(first.hasNextPage).toBe(true);
    expect(first.cursorOf(first.nodes[1]!)).toBe(first.endCursor);
    const second = await list({ after: first.endCursor });
    expect(second.nodes.map((b) => b.id)).toEqual([batches[2]!.id, batches[1]!.id]);
    const last = await list({ after: second.endCursor });
    expect([last.nodes.map((b) => b.id), last.hasNextPage]).toEqual([[batches[0]!.id], false]);
    expect(await first.totalCount()).toBe(5);
    const closed = await list({ status: CLOSED, first: 10 });
    expect(closed.nodes.map((b) => b.id)).toEqual([batches[1]!.id]);
    expect(await closed.totalCount()).toBe(1);
    expect(await (await list({ status: OPEN })).totalCount()).toBe(4);
    const theirs = await list({}, other.seller.viewer);
    expect([theirs.nodes, await theirs.totalCount()]).toEqual([[], 0]);
    await expectApiError(list({}, scene.affiliates[0]!.viewer), "FORBIDDEN");
    await expectApiError(list({ after: "forged" }), "BAD_USER_INPUT", "after");
    expect(await services().payoutBatches.get(scene.seller.viewer, batches[0]!.id)).toEqual(
      batches[0],
    );
    for (const id of ["999999", "x", ""]) {
      expect(await services().payoutBatches.get(scene.seller.viewer, id)).toBeNull();
    }
    expect(
      await services().payoutBatches.get(scene.affiliates[0]!.viewer, batches[0]!.id),
    ).toBeNull();
  });

  it("pages a batch's withdrawals oldest request first; its file lists those still to pay", async () => {
    const scene = await payoutScene(db.dataSource, { affiliates: 2, withdrawalsEach: 3 });
    const batch = await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: [...scene.withdrawalIds].reverse(),
    });
    const page = await services().payoutBatches.withdrawalsOf(batch.id, { first: 4, after: null });
    expect(page.nodes.map((w) => w.id)).toEqual(scene.withdrawalIds.slice(0, 4));
    const rest = await services().payoutBatches.withdrawalsOf(batch.id, {
      first: 4,
      after: page.endCursor,
    });
    expect(rest.nodes.map((w) => w.id)).toEqual(scene.withdrawalIds.slice(4));
    expect(await page.totalCount()).toBe(6);
    const csv = await services().payoutBatches.file(batch.id, PayoutFileFormat.GENERIC_CSV);
    for (const id of scene.withdrawalIds) expect(csv).toContain(`AH-W-${id}`);
    expect(csv).toContain(scene.affiliates[0]!.user.name);
    await services().payoutBatches.removeWithdrawal(scene.seller.viewer, scene.withdrawalIds[0]!);
    const after = await services().payoutBatches.file(batch.id, PayoutFileFormat.PAYPAL_PAYOUTS);
    expect(after).not.toContain(`AH-W-${scene.withdrawalIds[0]},`);
    expect(after).toContain(`AH-W-${scene.withdrawalIds[1]}`);
  });

  it("refuses a PayPal Payouts file for a bank-transfer batch", async () => {
    const scene = await payoutScene(db.dataSource, { paymentMethod: "BANK_TRANSFER" });
    const batch = await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: scene.withdrawalIds,
    });
    await expectApiError(
      services().payoutBatches.file(batch.id, PayoutFileFormat.PAYPAL_PAYOUTS),
      "BAD_USER_INPUT",
      "format",
    );
    await expect(
      services().payoutBatches.file(batch.id, PayoutFileFormat.WISE_BATCH),
    ).resolves.toContain(`AH-W-${scene.withdrawalIds[0]}`);
  });

  it("filters the Payouts list by payment method and open batch, counting the rows", async () => {
    const scene = await payoutScene(db.dataSource, { affiliates: 2, withdrawalsEach: 3 });
    await db.dataSource.query(
      "UPDATE withdrawals SET payment_method = 'BANK_TRANSFER' WHERE affiliate_id = ?",
      [scene.affiliates[1]!.affiliateId],
    );
    const paypal = scene.withdrawalIds.filter((_, n) => n % 2 === 0);
    await services().payoutBatches.create(scene.seller.viewer, {
      withdrawalIds: paypal.slice(0, 2),
    });
    const list = async (args: object) => {
      const page = await services().withdrawals.list(scene.seller.viewer, {
        first: 50,
        after: null,
        ...args,
      });
      return { ids: page.nodes.map((w) => w.id).sort(), total: await page.totalCount() };
    };
    const sorted = (ids: string[]) => [...ids].sort();
    expect(await list({ paymentMethod: "PAYPAL" })).toEqual({ ids: sorted(paypal), total: 3 });
    expect(await list({ inOpenBatch: true })).toEqual({
      ids: sorted(paypal.slice(0, 2)),
      total: 2,
    });
    expect(await list({ paymentMethod: "PAYPAL", inOpenBatch: false })).toEqual({
      ids: [paypal[2]],
      total: 1,
    });
    expect((await list({ inOpenBatch: false })).total).toBe(4);
    await expectApiError(list({ paymentMethod: "CHEQUE" }), "BAD_USER_INPUT", "paymentMethod");
  });
});
