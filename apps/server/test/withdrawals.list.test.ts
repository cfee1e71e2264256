import {
  SortDirection,
  WithdrawalOrderField,
  WithdrawalStatus,
  type WithdrawalStatus as Status,
} from "@allyhut/schema";
import type { WithdrawalListArgs, WithdrawalModel } from "@allyhut/schema/domain";
import { countStatements } from "../src/db/statement-counter";
import { createTestDatabase, type TestDatabase } from "./support/database";
import {
  createAffiliate,
  createProgram,
  createUser,
  earn,
  moneyServices,
} from "./support/fixtures";
import { expectMoneyInvariants } from "./support/money-invariants";

const { APPROVED, PENDING, REJECTED } = WithdrawalStatus;
const today = () => new Date().toISOString().slice(0, 10);

describe("WithdrawalService reads: Payouts list, get, summary, affiliate lists, history", () => {
  let db: TestDatabase;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let second: Awaited<ReturnType<typeof createAffiliate>>;
  let other: Awaited<ReturnType<typeof createProgram>>;
  /** Every withdrawal of `program`'s seller, as created. */
  const created: WithdrawalModel[] = [];
  const withdrawals = () => moneyServices(db.dataSource).withdrawals;

  beforeAll(async () => {
    db = await createTestDatabase();
    program = await createProgram(db.dataSource, { commissionValue: 1_000 });
    second = await createAffiliate(db.dataSource, program.seller.sellerId, {
      promotes: [program.offerId],
    });
    other = await createProgram(db.dataSource, { commissionValue: 1_000 });
    await earn(db.dataSource, program, 10_000);
    await earn(db.dataSource, { ...program, affiliate: second }, 10_000);
    await earn(db.dataSource, other, 1_000);
    // 24 withdrawals; amounts repeat and some share a requested_at to the millisecond (tie-breaks).
    for (let n = 0; n < 24; n++) {
      const affiliate = n % 3 === 0 ? second : program.affiliate;
      created.push(
        await withdrawals().request(affiliate.viewer, {
          affiliateId: affiliate.affiliateId,
          amountCents: 100 * ((n % 4) + 1),
        }),
      );
    }
    await db.dataSource.query(
      "UPDATE withdrawals SET requested_at = '2026-01-01 10:00:00.123' WHERE id IN (?)",
      [created.slice(5, 9).map((w) => w.id)],
    );
    await db.dataSource.query(
      "UPDATE withdrawals SET requested_at = '2026-01-01 10:00:00.124' WHERE id = ?",
      [created[2]!.id],
    );
    for (const [index, status] of [
      [0, APPROVED],
      [1, REJECTED],
      [4, APPROVED],
      [10, REJECTED],
      [11, APPROVED],
    ] as const) {
      await withdrawals().process(program.seller.viewer, {
        withdrawalId: created[index]!.id,
        status,
        receiptNumber: `R-${index}`,
        paidOn: today(),
      });
    }
    await withdrawals().request(other.affiliate.viewer, {
      affiliateId: other.affiliate.affiliateId,
      amountCents: 500,
    });
  });
  afterAll(async () => {
    await expectMoneyInvariants(db.dataSource);
    await db.drop();
  });

  /** The rows as the database holds them now, sorted the way the list must sort them. */
  async function expectedOrder(
    filter: (row: WithdrawalModel) => boolean,
    field: WithdrawalOrderField,
    direction: SortDirection,
  ): Promise<string[]> {
    const rows = (
      await Promise.all(created.map((w) => withdrawals().get(program.seller.viewer, w.id)))
    ).filter((w): w is WithdrawalModel => w !== null && filter(w));
    const key = (w: WithdrawalModel) =>
      field === WithdrawalOrderField.AMOUNT ? w.amountCents : w.requestedAt.getTime();
    const sign = direction === SortDirection.ASC ? 1 : -1;
    rows.sort((a, b) => sign * (key(a) - key(b) || Number(BigInt(a.id) - BigInt(b.id))));
    return rows.map((w) => w.id);
  }

  async function walk(args: Omit<WithdrawalListArgs, "first" | "after">, first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const page = await withdrawals().list(program.seller.viewer, { ...args, first, after });
      total = await page.totalCount();
      ids.push(...page.nodes.map((w) => w.id));
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      after = page.hasNextPage ? page.endCursor : null;
      // A cursor that does not advance would loop forever: fail instead.
      expect(ids.length).toBeLessThanOrEqual(created.length);
    } while (after);
    return { ids, total };
  }

  it.each([
    [WithdrawalOrderField.REQUESTED_AT, SortDirection.DESC],
    [WithdrawalOrderField.REQUESTED_AT, SortDirection.ASC],
    [WithdrawalOrderField.AMOUNT, SortDirection.DESC],
    [WithdrawalOrderField.AMOUNT, SortDirection.ASC],
  ])("pages by %s %s without skipping or repeating a row", async (field, direction) => {
    for (const first of [1, 5, 7, 100]) {
      const { ids, total } = await walk({ orderBy: { field, direction } }, first);
      expect(ids).toEqual(await expectedOrder(() => true, field, direction));
      expect(total).toBe(24);
    }
  });

  it("defaults to the newest request first", async () => {
    const { ids } = await walk({}, 10);
    expect(ids).toEqual(
      await expectedOrder(() => true, WithdrawalOrderField.REQUESTED_AT, SortDirection.DESC),
    );
  });

  it.each([[PENDING], [APPROVED], [REJECTED]] as Array<[Status]>)(
    "filters by status %s, counting from the running totals",
    async (status) => {
      const { ids, total } = await walk({ status }, 4);
      const expected = await expectedOrder(
        (w) => w.status === status,
        WithdrawalOrderField.REQUESTED_AT,
        SortDirection.DESC,
      );
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
    },
  );

  it("filters by affiliate (and status); another seller's affiliate is an empty list", async () => {
    const byAffiliate = await walk({ affiliateId: second.affiliateId }, 3);
    const expected = await expectedOrder(
      (w) => w.affiliateId === second.affiliateId,
      WithdrawalOrderField.REQUESTED_AT,
      SortDirection.DESC,
    );
    expect(byAffiliate).toEqual({ ids: expected, total: 8 });
    const approved = await walk(
      {
        affiliateId: program.affiliate.affiliateId,
        status: APPROVED,
        orderBy: { field: WithdrawalOrderField.AMOUNT, direction: SortDirection.ASC },
      },
      2,
    );
    expect(approved.total).toBe(2);
    expect(approved.ids).toEqual(
      await expectedOrder(
        (w) => w.affiliateId === program.affiliate.affiliateId && w.status === APPROVED,
        WithdrawalOrderField.AMOUNT,
        SortDirection.ASC,
      ),
    );
    expect(await walk({ affiliateId: other.affiliate.affiliateId }, 5)).toEqual({
      ids: [],
      total: 0,
    });
    expect(await walk({ affiliateId: "x" }, 5)).toEqual({ ids: [], total: 0 });
  });

  it("refuses a cursor of another order or a forged one", async () => {
    const page = await withdrawals().list(program.seller.viewer, { first: 2 });
    await expect(
      withdrawals().list(program.seller.viewer, {
        first: 2,
        after: page.endCursor,
        orderBy: { field: WithdrawalOrderField.AMOUNT, direction: SortDirection.DESC },
      }),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
    await expect(
      withdrawals().list(program.seller.viewer, { first: 2, after: "bm9wZQ" }),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });

  it("shows the other seller only its own withdrawals; a user without a seller is FORBIDDEN", async () => {
    const theirs = await withdrawals().list(other.seller.viewer, { first: 50 });
    expect(theirs.nodes.map((w) => w.affiliateId)).toEqual([other.affiliate.affiliateId]);
    expect(await theirs.totalCount()).toBe(1);
    await expect(withdrawals().list(program.affiliate.viewer, { first: 5 })).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("gets a withdrawal for its seller and its affiliate's user only", async () => {
    const withdrawal = created[3]!;
    const stranger = await createUser(db.dataSource);
    expect(await withdrawals().get(program.seller.viewer, withdrawal.id)).toMatchObject({
      id: withdrawal.id,
    });
    expect(await withdrawals().get(second.viewer, withdrawal.id)).toMatchObject({
      id: withdrawal.id,
    });
    expect(await withdrawals().get(program.affiliate.viewer, withdrawal.id)).toBeNull();
    expect(await withdrawals().get(other.seller.viewer, withdrawal.id)).toBeNull();
    expect(await withdrawals().get(stranger.viewer, withdrawal.id)).toBeNull();
    for (const id of ["", "abc", "-1", "99999999999999999999", "1.5"]) {
      expect(await withdrawals().get(program.seller.viewer, id)).toBeNull();
    }
  });

  it("sums the Payouts summary from the running totals", async () => {
    const summary = await withdrawals().summary(program.seller.viewer);
    const rows = await Promise.all(
      created.map((w) => withdrawals().get(program.seller.viewer, w.id)),
    );
    const of = (status: Status) => rows.filter((w) => w?.status === status);
    const cents = (list: Array<WithdrawalModel | null>) =>
      list.reduce((sum, w) => sum + (w?.amountCents ?? 0), 0);
    expect(summary).toEqual({
      pendingCount: of(PENDING).length,
      pendingCents: cents(of(PENDING)),
      approvedCount: 3,
      approvedCents: cents(of(APPROVED)),
      rejectedCount: 2,
      rejectedCents: cents(of(REJECTED)),
      currencyCode: "USD",
    });
    const empty = await createProgram(db.dataSource);
    expect(await withdrawals().summary(empty.seller.viewer)).toEqual({
      pendingCount: 0,
      pendingCents: 0,
      approvedCount: 0,
      approvedCents: 0,
      rejectedCount: 0,
      rejectedCents: 0,
      currencyCode: "USD",
    });
  });

  it("lists an affiliate's own withdrawals newest first, by status too", async () => {
    const collect = async (status?: Status) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = -1;
      do {
        const page = await withdrawals().listOfAffiliate(program.affiliate.affiliateId, {
          first: 4,
          after,
          status,
        });
        total = await page.totalCount();
        ids.push(...page.nodes.map((w) => w.id));
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      return { ids, total };
    };
    const mine = (w: WithdrawalModel) => w.affiliateId === program.affiliate.affiliateId;
    const newest = [WithdrawalOrderField.REQUESTED_AT, SortDirection.DESC] as const;
    expect(await collect()).toEqual({ ids: await expectedOrder(mine, ...newest), total: 16 });
    const rejected = await collect(REJECTED);
    expect(rejected).toEqual({
      ids: await expectedOrder((w) => mine(w) && w.status === REJECTED, ...newest),
      total: 2,
    });
  });

  it("loads the history of a whole page in one statement, oldest first, without emails", async () => {
    const service = withdrawals();
    const page = await service.list(program.seller.viewer, { first: 24 });
    const histories = await countStatements(async (count) => {
      const loaded = await Promise.all(page.nodes.map((w) => service.historyOf(w.id)));
      expect(count.statements).toBe(1);
      return loaded;
    });
    const byId = new Map(page.nodes.map((w, index) => [w.id, histories[index]!]));
    const approved = byId.get(created[0]!.id)!;
    expect(approved.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, PENDING],
      [PENDING, APPROVED],
    ]);
    expect(approved[0]!.at.getTime()).toBeLessThanOrEqual(approved[1]!.at.getTime());
    expect(approved[1]!.actor).toEqual({
      id: program.seller.owner.userId,
      name: program.seller.owner.name,
    });
    expect(JSON.stringify(histories)).not.toContain("@");
    expect(await service.historyOf("nope")).toEqual([]);
  });
});
