import { WithdrawalStatus } from "@allyhut/schema";
import {
  createAffiliate,
  createProgram,
  createSeller,
  FIXTURE_PASSWORD,
  moneyServices,
} from "./support/fixtures";
import { download } from "./support/export-client";
import { startTestServer, type TestServer } from "./support/http";

const WITHDRAWALS = "/exports/withdrawals.csv";
const COMMISSIONS = "/exports/commissions.csv";
const today = () => new Date().toISOString().slice(0, 10);

describe("CSV exports", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const db = () => server.db.dataSource;

  async function signedIn(email: string) {
    const client = server.client();
    await client.login(email, FIXTURE_PASSWORD);
    return client;
  }

  /** Seller A: two affiliates (one with a formula for a name), sales, a paid and a pending withdrawal. */
  async function books() {
    const program = await createProgram(db(), { loginPassword: true, commissionValue: 500 });
    const { seller, offerId } = program;
    const sly = await createAffiliate(db(), seller.sellerId, {
      promotes: [offerId],
      loginPassword: true,
      payoutAccount: '=HYPERLINK("http://evil.test")',
    });
    await db().query("UPDATE affiliates SET name = ? WHERE id = ?", ["@SUM(A1)", sly.affiliateId]);
    const services = moneyServices(db());
    const sale = (referralCode: string, orderId: string, occurredAt: string) =>
      services.commissions.record(seller.viewer, {
        referralCode,
        offerId,
        orderId,
        saleCents: 10_000,
        occurredAt: new Date(occurredAt),
      });
    await sale(program.affiliate.referralCode, "A-1", "2026-01-10T10:00:00Z");
    await sale(program.affiliate.referralCode, "A-2", "2026-02-10T10:00:00Z");
    await sale(sly.referralCode, "-cmd|' /C calc'!A0", "2026-02-11T10:00:00Z");
    await services.commissions.reverse(seller.viewer, "A-2");
    const paid = await services.withdrawals.request(program.affiliate.viewer, {
      affiliateId: program.affiliate.affiliateId,
      amountCents: 300,
    });
    await services.withdrawals.process(seller.viewer, {
      withdrawalId: paid.id,
      status: WithdrawalStatus.APPROVED,
      receiptNumber: "+RCPT-1",
      paidOn: today(),
      note: "Thanks,\nsee you",
    });
    const pending = await services.withdrawals.request(sly.viewer, {
      affiliateId: sly.affiliateId,
      amountCents: 200,
    });
    const [row] = await db().query("SELECT slug FROM sellers WHERE id = ?", [seller.sellerId]);
    return { ...program, sly, paid, pending, slug: String(row.slug) };
  }

  it("gives the seller its withdrawals: the columns, people's formulas made inert, a dated file name", async () => {
    const scene = await books();
    const client = await signedIn(scene.seller.owner.email);
    const answer = await download(server.url, client, WITHDRAWALS, { from: "2026-01-01" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(answer.headers.get("content-disposition")).toBe(
      `attachment; filename="${scene.slug}-withdrawals-2026-01-01-to-${today()}.csv"`,
    );
    expect(answer.records).toEqual([
      [
        "reference",
        "requested_at",
        "affiliate",
        "email",
        "amount",
        "currency",
        "status",
        "payment_method",
        "payout_account",
        "receipt_number",
        "paid_on",
        "note",
      ],
      [
        `AH-W-${scene.paid.id}`,
        scene.paid.requestedAt.toISOString(),
        scene.affiliate.user.name,
        scene.affiliate.user.email,
        "3.00",
        "USD",
        "APPROVED",
        "PAYPAL",
        scene.affiliate.user.email,
        "'+RCPT-1",
        today(),
        "Thanks,\nsee you",
      ],
      [
        `AH-W-${scene.pending.id}`,
        scene.pending.requestedAt.toISOString(),
        "'@SUM(A1)",
        scene.sly.user.email,
        "2.00",
        "USD",
        "PENDING",
        "PAYPAL",
        '\'=HYPERLINK("http://evil.test")',
        "",
        "",
        "",
      ],
    ]);
    const pendingOnly = await download(server.url, client, WITHDRAWALS, { status: "PENDING" });
    expect(pendingOnly.records.slice(1).map((r) => r[0])).toEqual([`AH-W-${scene.pending.id}`]);
    const ofOne = await download(server.url, client, WITHDRAWALS, {
      affiliateId: scene.sly.affiliateId,
    });
    expect(ofOne.records.slice(1).map((r) => r[0])).toEqual([`AH-W-${scene.pending.id}`]);
    expect(ofOne.headers.get("content-disposition")).toContain(
      `${scene.slug}-withdrawals-affiliate-${scene.sly.affiliateId}-until-${today()}.csv`,
    );
  });

  it("gives commissions with their status, filtered by status and an inclusive UTC date range", async () => {
    const scene = await books();
    const client = await signedIn(scene.seller.owner.email);
    const all = await download(server.url, client, COMMISSIONS);
    expect(all.records[0]).toEqual([
      "order_id",
      "occurred_at",
      "affiliate",
      "offer",
      "sale_amount",
      "commission",
      "currency",
      "status",
      "available_on",
      "reversed_at",
    ]);
    expect(all.records.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6], r[7], r[8]])).toEqual([
      ["A-1", "2026-01-10T10:00:00.000Z", "100.00", "5.00", "USD", "ACTIVE", "2026-01-10"],
      ["A-2", "2026-02-10T10:00:00.000Z", "100.00", "5.00", "USD", "REVERSED", "2026-02-10"],
      [
        "'-cmd|' /C calc'!A0",
        "2026-02-11T10:00:00.000Z",
        "100.00",
        "5.00",
        "USD",
        "ACTIVE",
        "2026-02-11",
      ],
    ]);
    expect(all.records[2]?.[9]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const reversed = await download(server.url, client, COMMISSIONS, { status: "REVERSED" });
    expect(reversed.records.slice(1).map((r) => r[0])).toEqual(["A-2"]);
    const active = await download(server.url, client, COMMISSIONS, { status: "ACTIVE" });
    expect(active.records.slice(1).map((r) => r[0])).toEqual(["A-1", "'-cmd|' /C calc'!A0"]);
    // to is inclusive: the whole of Feb 10th, not Feb 11th.
    const range = await download(server.url, client, COMMISSIONS, {
      from: "2026-01-10",
      to: "2026-02-10",
    });
    expect(range.records.slice(1).map((r) => r[0])).toEqual(["A-1", "A-2"]);
  });

  it("gives an affiliate only their own rows; another's id is NOT_FOUND, never rows", async () => {
    const scene = await books();
    const client = await signedIn(scene.sly.user.email);
    const own = await download(server.url, client, COMMISSIONS);
    expect(own.records.slice(1).map((r) => r[0])).toEqual(["'-cmd|' /C calc'!A0"]);
    const withId = await download(server.url, client, WITHDRAWALS, {
      affiliateId: scene.sly.affiliateId,
    });
    expect(withId.records.slice(1).map((r) => r[0])).toEqual([`AH-W-${scene.pending.id}`]);
    for (const path of [WITHDRAWALS, COMMISSIONS]) {
      const other = await download(server.url, client, path, {
        affiliateId: scene.affiliate.affiliateId,
      });
      expect(other).toMatchObject({
        status: 404,
        records: [],
        error: { extensions: { code: "NOT_FOUND" } },
      });
    }
  });

  it("never gives a seller another seller's rows", async () => {
    const scene = await books();
    const other = await createSeller(db(), { loginPassword: true });
    const client = await signedIn(other.owner.email);
    for (const path of [WITHDRAWALS, COMMISSIONS]) {
      const own = await download(server.url, client, path);
      expect(own.status).toBe(200);
      expect(own.records).toHaveLength(1);
      const theirs = await download(server.url, client, path, {
        affiliateId: scene.affiliate.affiliateId,
      });
      expect(theirs).toMatchObject({ status: 404, records: [] });
    }
  });

  it("refuses the signed out (401), a user in no program (403) and bad filters (400, naming the parameter)", async () => {
    const scene = await books();
    for (const path of [WITHDRAWALS, COMMISSIONS]) {
      const anonymous = await download(server.url, null, path);
      expect(anonymous).toMatchObject({
        status: 401,
        error: { extensions: { code: "UNAUTHENTICATED" } },
      });
    }
    const client = await signedIn(scene.seller.owner.email);
    const cases: Array<[string, Record<string, string>, string]> = [
      [WITHDRAWALS, { from: "2026-02-30" }, "from"],
      [WITHDRAWALS, { to: "01/02/2026" }, "to"],
      [COMMISSIONS, { from: "2026-03-01", to: "2026-02-28" }, "from"],
      [WITHDRAWALS, { status: "PAID" }, "status"],
      [COMMISSIONS, { status: "PENDING" }, "status"],
    ];
    for (const [path, query, field] of cases) {
      const answer = await download(server.url, client, path, query);
      expect(answer).toMatchObject({
        status: 400,
        error: { extensions: { code: "BAD_USER_INPUT", field } },
      });
    }
    const repeated = await fetch(`${server.url}${WITHDRAWALS}?status=PENDING&status=APPROVED`, {
      headers: { cookie: client.cookieHeader() },
    });
    expect(repeated.status).toBe(400);
    const nobody = server.client();
    await nobody.signUp("Nobody", `nobody-${Date.now()}@fixture.test`, FIXTURE_PASSWORD);
    expect(await download(server.url, nobody, WITHDRAWALS)).toMatchObject({ status: 403 });
  });
});
