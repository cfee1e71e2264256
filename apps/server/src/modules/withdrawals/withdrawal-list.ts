import type { PayoutSummaryModel, WithdrawalModel } from "@allyhut/schema/domain";
import { BadInput, type WithdrawalListArgs } from "@allyhut/schema/domain";
import {
  MAX_DECIMAL_CENTS,
  PaymentMethod,
  SortDirection,
  WithdrawalOrderField,
  WithdrawalStatus,
} from "@allyhut/schema";
import { centsFrom, type Queryable } from "../../db/sql-values";
import { keysetOrder, keysetPage, pageSizeOf, positionAfter, sortKeys, type Page } from "../paging";
import { WITHDRAWAL_COLUMNS, WITHDRAWAL_FROM, withdrawalFrom } from "./withdrawal.sql";

/** Which withdrawals, in which order: every order has an index that ends in (…, sort key, id). */
export interface WithdrawalPageQuery {
  /** SQL conditions on `w`, joined with AND; each `?` has its value in `parameters`. */
  conditions: string[];
  parameters: unknown[];
  field: WithdrawalOrderField;
  direction: SortDirection;
  first: number;
  after?: string | null;
}

const SORTS = sortKeys<WithdrawalOrderField, WithdrawalModel>({
  [WithdrawalOrderField.REQUESTED_AT]: ["w.requested_at", "instant", (w) => w.requestedAt],
  [WithdrawalOrderField.AMOUNT]: ["w.amount_cents", "integer", (w) => w.amountCents],
});

/** One page, keyset-paginated on (sort key, id): stable under inserts, nothing skipped or repeated. */
export async function pageOfWithdrawals(
  db: Queryable,
  query: WithdrawalPageQuery,
): Promise<Page<WithdrawalModel>> {
  const first = pageSizeOf(query.first);
  const order = keysetOrder(SORTS, query, "Withdrawals can be ordered by REQUESTED_AT or AMOUNT.");
  const { page } = await keysetPage(
    db,
    {
      ...order,
      select: `SELECT ${WITHDRAWAL_COLUMNS} ${WITHDRAWAL_FROM}`,
      conditions: query.conditions,
      parameters: query.parameters,
      idColumn: "w.id",
      first,
      after: positionAfter(order.sort, query.after),
    },
    withdrawalFrom,
  );
  return page;
}

/**
 * The Payouts screen's payout-day filters as conditions on `w`: the payment method, and whether the
 * withdrawal is in an OPEN batch (a PENDING row has payout_batch_id only while its batch is open).
 */
export function payoutFilterConditions(
  args: Pick<WithdrawalListArgs, "paymentMethod" | "inOpenBatch">,
): { conditions: string[]; parameters: unknown[] } {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (args.paymentMethod != null) {
    if (!Object.values(PaymentMethod).includes(args.paymentMethod)) {
      throw new BadInput("paymentMethod", "The payment method must be PAYPAL or BANK_TRANSFER.");
    }
    conditions.push("w.payment_method = ?");
    parameters.push(args.paymentMethod);
  }
  if (args.inOpenBatch === true) {
    conditions.push("(w.payout_batch_id IS NOT NULL AND w.status = 'PENDING')");
  } else if (args.inOpenBatch === false) {
    conditions.push("(w.payout_batch_id IS NULL OR w.status <> 'PENDING')");
  }
  return { conditions, parameters };
}

/** COUNT(*) of the rows a list's conditions select, for filters the running totals do not keep. */
export async function countOfWithdrawals(
  db: Queryable,
  conditions: string[],
  parameters: unknown[],
): Promise<number> {
  const [row] = await db.query(
    `SELECT COUNT(*) AS total ${WITHDRAWAL_FROM} WHERE ${conditions.join(" AND ")}`,
    parameters,
  );
  return Number(row.total);
}

const COUNT_COLUMNS: Record<WithdrawalStatus, string> = {
  [WithdrawalStatus.PENDING]: "pending_count",
  [WithdrawalStatus.APPROVED]: "approved_count",
  [WithdrawalStatus.REJECTED]: "rejected_count",
};

/** How many withdrawals (in a status, or all) the affiliates' running totals count: no row scan. */
export async function countFromRunningTotals(
  db: Queryable,
  scope: { sellerId?: string | null; affiliateId?: string | null },
  status: WithdrawalStatus | null | undefined,
): Promise<number> {
  const counted = status
    ? COUNT_COLUMNS[status]
    : "pending_count + approved_count + rejected_count";
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (scope.sellerId) {
    conditions.push("seller_id = ?");
    parameters.push(scope.sellerId);
  }
  if (scope.affiliateId) {
    conditions.push("id = ?");
    parameters.push(scope.affiliateId);
  }
  if (!counted) throw new Error(`unknown withdrawal status ${String(status)}`);
  if (conditions.length === 0) throw new Error("count of an unscoped withdrawal list");
  const [row] = await db.query(
    `SELECT COALESCE(SUM(${counted}), 0) AS total FROM affiliates WHERE ${conditions.join(" AND ")}`,
    parameters,
  );
  return Number(row?.total ?? 0);
}

/**
 * The Payouts summary in one statement: the affiliates' running totals on the covering
 * ix_affiliates_payout_summary. Money rejected goes back to the balance and may be asked for and
 * rejected again, so its sum alone is not bounded by the commission cap: it stops at the largest
 * amount the API prints.
 */
export async function payoutSummaryOf(
  db: Queryable,
  sellerId: string,
): Promise<PayoutSummaryModel> {
  const [row] = await db.query(
    `SELECT (SELECT currency_code FROM sellers WHERE id = ?) AS currency_code,
       COALESCE(SUM(pending_count), 0) AS pending_count,
       COALESCE(SUM(pending_cents), 0) AS pending_cents,
       COALESCE(SUM(approved_count), 0) AS approved_count,
       COALESCE(SUM(paid_cents), 0) AS paid_cents,
       COALESCE(SUM(rejected_count), 0) AS rejected_count,
       LEAST(COALESCE(SUM(rejected_cents), 0), ?) AS rejected_cents
     FROM affiliates WHERE seller_id = ?`,
    [sellerId, MAX_DECIMAL_CENTS, sellerId],
  );
  return {
    pendingCount: Number(row.pending_count),
    pendingCents: centsFrom(row.pending_cents),
    approvedCount: Number(row.approved_count),
    approvedCents: centsFrom(row.paid_cents),
    rejectedCount: Number(row.rejected_count),
    rejectedCents: centsFrom(row.rejected_cents),
    currencyCode: row.currency_code,
  };
}
