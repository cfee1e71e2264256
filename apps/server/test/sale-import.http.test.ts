import type { DataSource } from "typeorm";
import { databaseFingerprint } from "./support/corpus";
import {
  FIXTURE_PASSWORD,
  balanceOf,
  createAffiliate,
  createOffer,
  createProgram,
  moneyServices,
} from "./support/fixtures";
import {
  errorOf,
  startTestServer,
  type AnyData,
  type GraphQLTestClient,
  type TestServer,
} from "./support/http";
import { expectMoneyInvariants } from "./support/money-invariants";

const IMPORT = `mutation ImportSales($input: ImportSalesInput!) {
  importSales(input: $input) {
    dryRun recordedCount alreadyRecordedCount problemCount
    lines { line orderId outcome field message commission { id orderId occurredAt amount { amount } offer { id } } }
  }
}`;

type Row = {
  line: number;
  orderId: string;
  referralCode: string;
  offer: string;
  saleAmount: string;
  occurredAt?: string;
};
type Line = {
  line: number;
  outcome: string;
  field: string | null;
  commission: { id: string; orderId: string } | null;
};

describe("importSales over HTTP", () => {
  let server: TestServer;
  let db: DataSource;
  let program: Awaited<ReturnType<typeof createProgram>>;
  let other: Awaited<ReturnType<typeof createProgram>>;
  let seller: GraphQLTestClient;
  let code: string;
  const offers: Record<string, string> = {};

  /** An offer of the seller named `name`, promoted by the program's affiliate unless told. */
  async function namedOffer(name: string, options: { active?: boolean; promoted?: boolean } = {}) {
    const offerId = await createOffer(db, program.seller.sellerId, {
      commissionType: "FLAT",
      commissionValue: 100,
    });
    await db.query("UPDATE offers SET name = ?, active = ? WHERE id = ?", [
      name,
      options.active === false ? 0 : 1,
      offerId,
    ]);
    if (options.promoted !== false) {
      await db.query("INSERT INTO offer_promotions (affiliate_id, offer_id) VALUES (?, ?)", [
        program.affiliate.affiliateId,
        offerId,
      ]);
    }
    return offerId;
  }

  beforeAll(async () => {
    server = await startTestServer();
    db = server.db.dataSource;
    program = await createProgram(db, { loginPassword: true });
    other = await createProgram(db);
    code = program.affiliate.referralCode;
    await db.query("UPDATE offers SET name = 'Course' WHERE id = ?", [program.offerId]);
    offers.course = program.offerId;
    offers.workshop = await namedOffer("Workshop", { promoted: false });
    offers.old = await namedOffer("Old", { active: false });
    offers.twin1 = await namedOffer("Twin");
    offers.twin2 = await namedOffer("twin");
    const disabled = await createAffiliate(db, program.seller.sellerId, {
      status: "DISABLED",
      promotes: [program.offerId],
    });
    offers.disabledCode = disabled.referralCode;
    // Known before the import: one with the same payload, one to conflict with.
    for (const orderId of ["KNOWN-SAME", "KNOWN-OTHER"]) {
      await moneyServices(db).commissions.record(program.seller.viewer, {
        referralCode: code,
        offerId: program.offerId,
        orderId,
        saleCents: 5_000,
        occurredAt: new Date("2025-02-01T00:00:00.000Z"),
      });
    }
    seller = server.client();
    await seller.login(program.seller.owner.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await expectMoneyInvariants(db);
    await server.close();
  });

  const importSales = async (rows: Row[], dryRun: boolean) => {
    const answer = await seller.request(IMPORT, { input: { rows, dryRun } });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!.importSales;
  };
  const sale = (line: number, orderId: string, change: Partial<Row> = {}): Row => ({
    line,
    orderId,
    referralCode: code,
    offer: "Course",
    saleAmount: "50.00",
    ...change,
  });
  const outcomes = (lines: Line[]) => lines.map((l) => [l.line, l.outcome, l.field]);

  // Every outcome, in one file; the same answer in a dry run and for real.
  const EVERY_OUTCOME = (): Row[] => [
    sale(2, "NEW-1", { offer: "  course " }),
    sale(3, "NEW-2", { offer: offers.course!, occurredAt: "2025-03-01" }),
    sale(4, "KNOWN-SAME", { occurredAt: "2025-02-01T00:00:00Z" }),
    sale(5, "KNOWN-OTHER", { saleAmount: "60" }),
    sale(6, "CODE-1", { referralCode: "NOPE" }),
    sale(7, "OFFER-1", { offer: "Nothing like it" }),
    sale(8, "DISABLED-1", { referralCode: offers.disabledCode! }),
    sale(9, "UNPROMOTED-1", { offer: "Workshop" }),
    sale(10, "INACTIVE-1", { offer: "Old" }),
    sale(11, "AMOUNT-1", { saleAmount: "12,50" }),
    sale(12, "FUTURE-1", { occurredAt: "2999-01-01" }),
    sale(13, "   "),
    sale(14, "TWIN-1", { offer: "TWIN" }),
    sale(15, "DATE-1", { occurredAt: "01/02/2025" }),
    sale(16, "NEW-1"),
    sale(17, "NEW-2", { saleAmount: "70.00" }),
    sale(18, "FOREIGN-CODE", { referralCode: other.affiliate.referralCode }),
    sale(19, "FOREIGN-OFFER", { offer: other.offerId }),
    sale(20, "ZERO-1", { saleAmount: "0" }),
  ];
  const EVERY_OUTCOME_EXPECTED = [
    [2, "RECORDED", null],
    [3, "RECORDED", null],
    [4, "ALREADY_RECORDED", null],
    [5, "CONFLICT", null],
    [6, "UNKNOWN_REFERRAL_CODE", null],
    [7, "UNKNOWN_OFFER", null],
    [8, "NOT_CREDITED", null],
    [9, "NOT_CREDITED", null],
    [10, "NOT_CREDITED", null],
    [11, "INVALID", "saleAmount"],
    [12, "INVALID", "occurredAt"],
    [13, "INVALID", "orderId"],
    [14, "INVALID", "offer"],
    [15, "INVALID", "occurredAt"],
    [16, "ALREADY_RECORDED", null],
    [17, "CONFLICT", null],
    [18, "UNKNOWN_REFERRAL_CODE", null],
    [19, "UNKNOWN_OFFER", null],
    [20, "INVALID", "saleAmount"],
  ];

  /** Checks the answer to EVERY_OUTCOME; its lines by line number. */
  function everyOutcomeOf(answer: AnyData, dryRun: boolean): Map<number, AnyData> {
    expect(outcomes(answer.lines)).toEqual(EVERY_OUTCOME_EXPECTED);
    const counts = { recordedCount: 2, alreadyRecordedCount: 2, problemCount: 15 };
    expect(answer).toMatchObject({ dryRun, ...counts });
    return new Map(answer.lines.map((line: Line) => [line.line, line]));
  }

  it("a dry run answers every line's outcome, later lines seeing earlier ones, and saves nothing", async () => {
    const before = await databaseFingerprint(db);
    const preview = await importSales(EVERY_OUTCOME(), true);
    expect(await databaseFingerprint(db)).toEqual(before);
    const byLine = everyOutcomeOf(preview, true);
    // Only commissions saved before the dry run are shown: the others were never saved.
    expect([2, 3, 16, 17].map((n) => byLine.get(n)?.commission)).toEqual([null, null, null, null]);
    expect(byLine.get(4)?.commission?.orderId).toBe("KNOWN-SAME");
    expect(byLine.get(5)?.commission?.orderId).toBe("KNOWN-OTHER");
    expect(byLine.get(14)?.message).toBe(
      `2 offers are named "TWIN" (ids ${offers.twin1}, ${offers.twin2}): write the offer's id instead.`,
    );
    expect(byLine.get(8)?.message).toMatch(/switched off/);
    expect(byLine.get(9)?.message).toMatch(/does not promote/);
    expect(byLine.get(10)?.message).toMatch(/off sale/);
  });

  it("for real: the same outcomes, the good lines saved whatever the bad ones, the totals kept", async () => {
    const before = await balanceOf(db, program.affiliate.affiliateId);
    const imported = await importSales(EVERY_OUTCOME(), false);
    const byLine = everyOutcomeOf(imported, false);
    expect(byLine.get(2)?.commission).toMatchObject({
      orderId: "NEW-1",
      amount: { amount: "1.00" },
      offer: { id: offers.course },
    });
    expect(byLine.get(3)?.commission?.occurredAt).toBe("2025-03-01T00:00:00.000Z");
    // The repeats answer the commission their first line recorded.
    expect(byLine.get(16)?.commission).toEqual(byLine.get(2)?.commission);
    expect(byLine.get(17)?.commission).toEqual(byLine.get(3)?.commission);
    expect(await balanceOf(db, program.affiliate.affiliateId)).toMatchObject({
      salesCount: before.salesCount + 2,
      earnedCents: before.earnedCents + 200,
    });
    await expectMoneyInvariants(db);
  });

  it("a file imported again records nothing: its recorded lines are ALREADY_RECORDED", async () => {
    const rows = [2, 3, 4, 5, 6].map((line) =>
      sale(line, `AGAIN-${line}`, { occurredAt: "2025-04-0" + line }),
    );
    const first = await importSales(rows, false);
    expect(first.recordedCount).toBe(5);
    const before = await databaseFingerprint(db);
    for (const dryRun of [true, false]) {
      const again = await importSales(rows, dryRun);
      expect(again.lines.map((l: Line) => l.outcome)).toEqual(Array(5).fill("ALREADY_RECORDED"));
      expect(again.lines.map((l: Line) => l.commission?.id)).toEqual(
        first.lines.map((l: Line) => l.commission?.id),
      );
    }
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("a second seller's referral codes and offers are unknown, and its own are untouched", async () => {
    const before = await balanceOf(db, other.affiliate.affiliateId);
    const imported = await importSales(
      [
        sale(2, "THEIRS-1", { referralCode: other.affiliate.referralCode, offer: other.offerId }),
        sale(3, "THEIRS-2", { offer: other.offerId }),
      ],
      false,
    );
    expect(imported.lines.map((l: Line) => l.outcome)).toEqual([
      "UNKNOWN_REFERRAL_CODE",
      "UNKNOWN_OFFER",
    ]);
    expect(await balanceOf(db, other.affiliate.affiliateId)).toEqual(before);
  });

  it("only a signed-in seller imports", async () => {
    const rows = [sale(2, "WHO-1")];
    expect(errorOf(await server.client().request(IMPORT, { input: { rows } }))).toEqual({
      code: "UNAUTHENTICATED",
    });
    const affiliate = server.client();
    await affiliate.login(program.affiliate.user.email, FIXTURE_PASSWORD);
    expect(errorOf(await affiliate.request(IMPORT, { input: { rows } }))).toEqual({
      code: "FORBIDDEN",
    });
  });

  it("an unexpected error fails the whole call instead of becoming a line's outcome", async () => {
    await db.query(
      "ALTER TABLE offer_promotions RENAME COLUMN commission_cents TO commission_gone",
    );
    try {
      const answer = await seller.request(IMPORT, {
        input: { rows: [sale(2, "BROKEN-1")], dryRun: false },
      });
      expect(answer.body.data ?? null).toBeNull();
      expect(errorOf(answer)).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    } finally {
      await db.query(
        "ALTER TABLE offer_promotions RENAME COLUMN commission_gone TO commission_cents",
      );
    }
    const [known] = await db.query(
      "SELECT COUNT(*) AS n FROM commissions WHERE order_id = 'BROKEN-1'",
    );
    expect(Number(known.n)).toBe(0);
  });
});
