import { WithdrawalStatus } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { ReportService } from "../src/modules/reports/report.service";
import { useTestDatabase } from "./support/database";
import {
  createAffiliate,
  createProgram,
  expectApiError,
  moneyServices,
  serviceDeps,
} from "./support/fixtures";

type Program = Awaited<ReturnType<typeof createProgram>>;

const reportsAt = (db: DataSource, now: string) =>
  new ReportService({ ...serviceDeps(db), now: () => new Date(now) });

/** A sale of 10.00 (the FLAT 1.00 offer earns 1.00 each) at this instant. */
async function sale(db: DataSource, program: Program, orderId: string, occurredAt: string) {
  await moneyServices(db).commissions.record(program.seller.viewer, {
    referralCode: program.affiliate.referralCode,
    offerId: program.offerId,
    orderId,
    saleCents: 1_000,
    occurredAt: new Date(occurredAt),
  });
}

/** A withdrawal of `cents` approved, then dated paid on `paidOn` (processing allows only today). */
async function paid(db: DataSource, program: Program, cents: number, paidOn: string) {
  const services = moneyServices(db);
  const withdrawal = await services.withdrawals.request(program.affiliate.viewer, {
    affiliateId: program.affiliate.affiliateId,
    amountCents: cents,
  });
  await services.withdrawals.process(program.seller.viewer, {
    withdrawalId: withdrawal.id,
    status: WithdrawalStatus.APPROVED,
    receiptNumber: `R-${withdrawal.id}`,
    paidOn: new Date().toISOString().slice(0, 10),
  });
  await db.query("UPDATE withdrawals SET paid_on = ? WHERE id = ?", [paidOn, withdrawal.id]);
}

const zero = (month: string) => ({
  month,
  commissionsCents: 0,
  paidCents: 0,
  currencyCode: "USD",
});

describe("ReportService monthly totals", () => {
  const db = useTestDatabase({ moneyInvariants: true });

  it("gives every month, oldest first, the current one last, idle months at 0", async () => {
    const program = await createProgram(db.dataSource);
    const months = await reportsAt(db.dataSource, "2026-03-15T12:00:00Z").monthlyOfSeller(
      program.seller.viewer,
      4,
    );
    expect(months).toEqual(["2025-12", "2026-01", "2026-02", "2026-03"].map(zero));
  });

  it("counts sales by their UTC month, leaves reversed ones out, and paid by the month paid", async () => {
    const program = await createProgram(db.dataSource);
    const other = await createAffiliate(db.dataSource, program.seller.sellerId, {
      promotes: [program.offerId],
    });
    await sale(db.dataSource, program, "jan-last", "2026-01-31T23:59:59.999Z");
    await sale(db.dataSource, program, "feb-first", "2026-02-01T00:00:00.000Z");
    // 01:00 in Berlin on Feb 1st is still January in UTC.
    await sale(db.dataSource, program, "jan-berlin", "2026-02-01T00:30:00+01:00");
    await sale(db.dataSource, program, "feb-reversed", "2026-02-10T10:00:00Z");
    await moneyServices(db.dataSource).commissions.reverse(program.seller.viewer, "feb-reversed");
    // Before the window: left out.
    await sale(db.dataSource, program, "old", "2025-10-31T23:59:59Z");
    await moneyServices(db.dataSource).commissions.record(program.seller.viewer, {
      referralCode: other.referralCode,
      offerId: program.offerId,
      orderId: "other-feb",
      saleCents: 1_000,
      occurredAt: new Date("2026-02-20T00:00:00Z"),
    });
    await paid(db.dataSource, program, 100, "2026-02-28");
    await paid(db.dataSource, program, 50, "2026-03-01");

    const reports = reportsAt(db.dataSource, "2026-03-01T00:00:00Z");
    expect(await reports.monthlyOfSeller(program.seller.viewer, 5)).toEqual([
      zero("2025-11"),
      zero("2025-12"),
      { ...zero("2026-01"), commissionsCents: 200 },
      { ...zero("2026-02"), commissionsCents: 200, paidCents: 100 },
      { ...zero("2026-03"), paidCents: 50 },
    ]);
    expect(await reports.monthlyOfAffiliate(program.affiliate.affiliateId, 3)).toEqual([
      { ...zero("2026-01"), commissionsCents: 200 },
      { ...zero("2026-02"), commissionsCents: 100, paidCents: 100 },
      { ...zero("2026-03"), paidCents: 50 },
    ]);
    // The last instant of February is still February.
    const february = await reportsAt(db.dataSource, "2026-02-28T23:59:59.999Z").monthlyOfAffiliate(
      program.affiliate.affiliateId,
      1,
    );
    expect(february).toEqual([{ ...zero("2026-02"), commissionsCents: 100, paidCents: 100 }]);
  });

  it("reaches 36 months back across years, and refuses 0, 37 and fractions on months", async () => {
    const program = await createProgram(db.dataSource);
    const reports = reportsAt(db.dataSource, "2026-01-10T00:00:00Z");
    const months = await reports.monthlyOfSeller(program.seller.viewer, 36);
    expect(months).toHaveLength(36);
    expect(months[0]?.month).toBe("2023-02");
    expect(months[35]?.month).toBe("2026-01");
    for (const bad of [0, 37, -1, 1.5]) {
      await expectApiError(
        reports.monthlyOfSeller(program.seller.viewer, bad),
        "BAD_USER_INPUT",
        "months",
      );
      await expectApiError(
        reports.monthlyOfAffiliate(program.affiliate.affiliateId, bad),
        "BAD_USER_INPUT",
        "months",
      );
    }
  });

  it("is a seller's: a user without a seller is FORBIDDEN", async () => {
    const program = await createProgram(db.dataSource);
    await expectApiError(
      reportsAt(db.dataSource, "2026-01-10T00:00:00Z").monthlyOfSeller(
        program.affiliate.viewer,
        12,
      ),
      "FORBIDDEN",
    );
  });
});
