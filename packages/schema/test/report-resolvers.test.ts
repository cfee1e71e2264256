import { lastMonths, monthsProblem } from "../src/rules/report";
import { run } from "./support/execute";
import { affiliateViewer, sellerViewer } from "./support/fake-services";

describe("monthly totals over the report service", () => {
  it("answers the seller's months as Money, 12 months unless asked", async () => {
    const result = await run(
      sellerViewer,
      "{ payoutSummary { monthly { month commissions { amount currencyCode } paid { amount } } } }",
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.payoutSummary).toEqual({
      monthly: [
        {
          month: "2026-02",
          commissions: { amount: "10.50", currencyCode: "USD" },
          paid: { amount: "3.00" },
        },
      ],
    });
    expect(result.recorder.calls).toContainEqual({
      service: "reports.monthlyOfSeller",
      input: 12,
      viewer: sellerViewer,
    });
  });

  it("asks for the affiliate's months by its id", async () => {
    const result = await run(
      affiliateViewer,
      '{ affiliate(id: "a1") { monthly(months: 3) { month commissions { amount } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.affiliate).toEqual({
      monthly: [{ month: "2026-02", commissions: { amount: "0.05" } }],
    });
    expect(result.recorder.calls).toContainEqual({
      service: "reports.monthlyOfAffiliate",
      input: { id: "a1", months: 3 },
      viewer: undefined,
    });
  });
});

describe("report rules", () => {
  it("takes 1 to 36 whole months", () => {
    expect([1, 12, 36].map(monthsProblem)).toEqual([null, null, null]);
    for (const months of [0, 37, -1, 1.5, NaN]) expect(monthsProblem(months)).toMatch(/1 to 36/);
  });

  it("counts UTC months back from now, across a year, the current one last", () => {
    expect(lastMonths(3, new Date("2026-02-28T23:59:59.999Z"))).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    // Still January 31st in UTC, though February somewhere east.
    expect(lastMonths(1, new Date("2026-02-01T00:30:00+01:00"))).toEqual(["2026-01"]);
    expect(lastMonths(1, new Date("2026-03-01T00:00:00Z"))).toEqual(["2026-03"]);
  });
});
