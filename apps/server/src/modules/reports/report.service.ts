import {
  BadInput,
  Forbidden,
  type MonthTotalModel,
  type ReportService as ReportServiceApi,
  type Viewer,
} from "@allyhut/schema/domain";
import { lastMonths, monthsProblem } from "@allyhut/schema";
import { nowOf, readsOf, type ServiceDeps } from "../service-deps";
import { monthlyTotals } from "./monthly-totals.sql";

function checkMonths(months: number): void {
  const problem = monthsProblem(months);
  if (problem) throw new BadInput("months", problem);
}

/** Monthly totals for the Payouts chart and an affiliate's. The CSV exports are in exports.ts. */
export class ReportService implements ReportServiceApi {
  // The services' clock (ServiceDeps.now): tests stand on a month boundary without waiting for one.
  constructor(private readonly deps: ServiceDeps) {}

  async monthlyOfSeller(viewer: Viewer, months: number): Promise<MonthTotalModel[]> {
    checkMonths(months);
    if (!viewer.sellerId) throw new Forbidden("Only a seller has monthly totals.");
    return monthlyTotals(
      readsOf(this.deps),
      { sellerId: viewer.sellerId },
      lastMonths(months, nowOf(this.deps)),
    );
  }

  async monthlyOfAffiliate(affiliateId: string, months: number): Promise<MonthTotalModel[]> {
    checkMonths(months);
    return monthlyTotals(readsOf(this.deps), { affiliateId }, lastMonths(months, nowOf(this.deps)));
  }
}
