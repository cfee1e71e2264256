// Reporting: monthly totals per seller and per affiliate. The CSV exports are plain HTTP (the server's).
import type { Viewer } from "./services";

/** One UTC month of activity. */
export interface MonthTotalModel {
  /** "YYYY-MM". */
  month: string;
  /** Commissions on sales of that month, reversed ones left out. */
  commissionsCents: number;
  /** APPROVED withdrawals paid on a day of that month. */
  paidCents: number;
  currencyCode: string;
}

export interface ReportService {
  /** The viewer's seller's last `months` months (1–36), oldest first, months without activity included. */
  monthlyOfSeller(viewer: Viewer, months: number): Promise<MonthTotalModel[]>;
  /** The same for an affiliate the caller can already see. */
  monthlyOfAffiliate(affiliateId: string, months: number): Promise<MonthTotalModel[]>;
}
