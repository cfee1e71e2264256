// What each CSV export holds: its columns, its one statement, and each row as cells.
import { formatCents, withdrawalReference, WithdrawalStatus } from "@allyhut/schema";
import { centsFrom, idFrom, type Row } from "../../db/sql-values";
import { neutralizeFormula } from "../payouts/csv-cells";
import { dayAfter, type ExportFilters } from "./export-filters";
import type { ExportScope } from "./export-scope";

export interface ExportKind {
  /** "withdrawals": the path's and the file name's word. */
  name: string;
  statuses: readonly string[];
  header: string[];
  statement(scope: ExportScope, filters: ExportFilters): { sql: string; parameters: unknown[] };
  cells(row: Row, scope: ExportScope): string[];
}

const instant = (value: unknown): string => (value instanceof Date ? value.toISOString() : "");
// People's words are made inert for spreadsheets; our own numbers and dates never start a formula.
const text = (value: unknown): string => (value == null ? "" : neutralizeFormula(String(value)));

/** The WHERE of an export: its scope, then the filters (the date range on `dateColumn`). */
function conditionsOf(
  alias: string,
  dateColumn: string,
  scope: ExportScope,
  filters: ExportFilters,
  statusCondition: string | null,
): { where: string; parameters: unknown[] } {
  const conditions = [`${alias}.seller_id = ?`];
  const parameters: unknown[] = [scope.sellerId];
  if (scope.affiliateId !== null) {
    conditions.push(`${alias}.affiliate_id = ?`);
    parameters.push(scope.affiliateId);
  }
  if (statusCondition) conditions.push(statusCondition);
  if (filters.from !== null) {
    conditions.push(`${alias}.${dateColumn} >= ?`);
    parameters.push(filters.from);
  }
  if (filters.to !== null) {
    conditions.push(`${alias}.${dateColumn} < ?`);
    parameters.push(dayAfter(filters.to));
  }
  return { where: conditions.join(" AND "), parameters };
}

/** Withdrawals by request date, oldest first (ix_withdrawals_seller[_status]_requested). */
export const WITHDRAWALS_EXPORT: ExportKind = {
  name: "withdrawals",
  statuses: Object.values(WithdrawalStatus),
  header: [
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
  statement(scope, filters) {
    const { where, parameters } = conditionsOf("w", "requested_at", scope, filters, null);
    const status = filters.status === null ? "" : " AND w.status = ?";
    return {
      sql: `SELECT w.id, w.requested_at, a.name, a.email, w.amount_cents, w.status, w.payment_method,
          w.payout_account, w.receipt_number, w.paid_on, w.note
        FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id
        WHERE ${where}${status} ORDER BY w.requested_at, w.id`,
      parameters: filters.status === null ? parameters : [...parameters, filters.status],
    };
  },
  cells: (row, scope) => [
    withdrawalReference(idFrom(row.id)),
    instant(row.requested_at),
    text(row.name),
    text(row.email),
    formatCents(centsFrom(row.amount_cents)),
    scope.currencyCode,
    String(row.status),
    String(row.payment_method),
    text(row.payout_account),
    text(row.receipt_number),
    row.paid_on == null ? "" : String(row.paid_on),
    text(row.note),
  ],
};

export const COMMISSION_STATUSES = ["ACTIVE", "REVERSED"] as const;

/** Commissions by sale time, oldest first (ix_commissions_seller_occurred, or the affiliate's). */
export const COMMISSIONS_EXPORT: ExportKind = {
  name: "commissions",
  statuses: COMMISSION_STATUSES,
  header: [
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
  ],
  statement(scope, filters) {
    const reversed =
      filters.status === null
        ? null
        : filters.status === "REVERSED"
          ? "c.reversed_at IS NOT NULL"
          : "c.reversed_at IS NULL";
    const { where, parameters } = conditionsOf("c", "occurred_at", scope, filters, reversed);
    return {
      sql: `SELECT c.order_id, c.occurred_at, a.name AS affiliate_name, o.name AS offer_name,
          c.sale_cents, c.amount_cents, c.available_on, c.reversed_at
        FROM commissions c JOIN affiliates a ON a.id = c.affiliate_id JOIN offers o ON o.id = c.offer_id
        WHERE ${where} ORDER BY c.occurred_at`,
      parameters,
    };
  },
  cells: (row, scope) => [
    text(row.order_id),
    instant(row.occurred_at),
    text(row.affiliate_name),
    text(row.offer_name),
    formatCents(centsFrom(row.sale_cents)),
    formatCents(centsFrom(row.amount_cents)),
    scope.currencyCode,
    row.reversed_at == null ? "ACTIVE" : "REVERSED",
    String(row.available_on),
    instant(row.reversed_at),
  ],
};
