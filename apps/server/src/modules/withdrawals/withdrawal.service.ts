import {
  Forbidden,
  NotFound,
  type ConnectionModel,
  type PageArgs,
  type OnHoldModel,
  type PayoutSummaryModel,
  type Viewer,
  type WithdrawalEventModel,
  type WithdrawalListArgs,
  type WithdrawalModel,
  type WithdrawalService as WithdrawalServiceApi,
} from "@allyhut/schema/domain";
import { SortDirection, WithdrawalOrderField, WithdrawalStatus } from "@allyhut/schema";
import type DataLoader from "dataloader";
import { centsFrom, idFrom, isDuplicateKey, isRowId } from "../../db/sql-values";
import { inTransaction } from "../../db/transaction";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import { onHoldIn } from "../affiliates/affiliate-hold";
import { recordEvents } from "../notifications/outbox";
import { withdrawalProcessed, withdrawalRequested } from "../notifications/outbox-payloads";
import { readsOf, todayOf, type ServiceDeps } from "../service-deps";
import { emptyConnection, rowLoader } from "../paging";
import {
  countFromRunningTotals,
  countOfWithdrawals,
  pageOfWithdrawals,
  payoutFilterConditions,
  payoutSummaryOf,
} from "./withdrawal-list";
import {
  SELLER_MINIMUM_COLUMNS,
  checkAmount,
  checkMinimumPayout,
  idempotencyKeyOf,
  insufficientFunds,
  replayOf,
} from "./withdrawal-request";
import { claimReceiptNotReused } from "./withdrawal-receipt-guard";
import {
  checkPaidOnAfterRequest,
  inOpenBatch,
  invalidTransition,
  planProcessing,
  type ProcessInput,
} from "./withdrawal-transitions";
import { createHistoryLoader } from "./withdrawal.loaders";
import {
  WITHDRAWAL_COLUMNS,
  WITHDRAWAL_FROM,
  appendEvent,
  moveTotalsOfDecision,
  updateIfPending,
  withdrawalById,
  withdrawalFrom,
  type WithdrawalRow,
} from "./withdrawal.sql";

/** Withdrawal requests and their processing. Every money write locks the affiliate row first. */
export class WithdrawalService implements WithdrawalServiceApi {
  private readonly history: DataLoader<string, WithdrawalEventModel[]>;
  private readonly withdrawals: DataLoader<string, WithdrawalModel>;

  // Built alone (as in tests), a service has affiliate loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly affiliateLoaders = new AffiliateLoaders(deps.db),
  ) {
    this.history = createHistoryLoader(deps.db);
    this.withdrawals = rowLoader<WithdrawalModel, WithdrawalRow>(
      deps.db,
      `SELECT ${WITHDRAWAL_COLUMNS}, w.id AS loader_key ${WITHDRAWAL_FROM}`,
      "w.id",
      withdrawalFrom,
      () => new NotFound("Withdrawal"),
    );
  }

  async request(
    viewer: Viewer,
    input: { affiliateId: string; amountCents: number; idempotencyKey?: string | null },
  ): Promise<WithdrawalModel> {
    const amountCents = checkAmount(input.amountCents);
    const idempotencyKey = idempotencyKeyOf(input.idempotencyKey);
    if (!isRowId(input.affiliateId)) throw new NotFound("Affiliate");
    let holdToday: OnHoldModel | null = null;
    const withdrawal = await inTransaction(this.deps.db, async (m) => {
      // The lock makes "amount ≤ available" hold at the instant of the insert (invariant 2).
      const [affiliate] = await m.query(
        `SELECT id, seller_id, payment_method, payout_account, earned_cents, pending_cents, paid_cents,
           ${SELLER_MINIMUM_COLUMNS}
         FROM affiliates WHERE id = ? AND user_id = ? FOR UPDATE`,
        [input.affiliateId, viewer.userId],
      );
      if (!affiliate) throw new NotFound("Affiliate");
      if (idempotencyKey !== null) {
        const replay = await replayOf(m, affiliate.id, idempotencyKey, amountCents);
        if (replay) return replay;
      }
      checkMinimumPayout(amountCents, affiliate);
      // Under the same lock: a sale recorded or reversed meanwhile waits for this request.
      const hold = await onHoldIn(m, affiliate.id, todayOf(this.deps));
      holdToday = hold;
      const availableCents =
        centsFrom(affiliate.earned_cents) -
        hold.onHoldCents -
        centsFrom(affiliate.pending_cents) -
        centsFrom(affiliate.paid_cents);
      if (amountCents > availableCents) {
        throw await insufficientFunds(m, affiliate.seller_id, availableCents, hold);
      }
      let inserted: { insertId: unknown };
      try {
        inserted = await m.query(
          `INSERT INTO withdrawals (seller_id, affiliate_id, amount_cents, status, payment_method,
             payout_account, requested_at, idempotency_key)
           VALUES (?, ?, ?, 'PENDING', ?, ?, UTC_TIMESTAMP(3), ?)`,
          [
            affiliate.seller_id,
            affiliate.id,
            amountCents,
            affiliate.payment_method,
            affiliate.payout_account,
            idempotencyKey,
          ],
        );
      } catch (error) {
        // Only reachable if a replay slipped past the lock: answer it like any replay.
        const replay =
          isDuplicateKey(error) && idempotencyKey !== null
            ? await replayOf(m, affiliate.id, idempotencyKey, amountCents)
            : null;
        if (!replay) throw error;
        return replay;
      }
      const withdrawalId = idFrom(inserted.insertId);
      await appendEvent(m, withdrawalId, null, viewer.userId);
      await m.query(
        `UPDATE affiliates SET pending_cents = pending_cents + ?, pending_count = pending_count + 1
         WHERE id = ?`,
        [amountCents, affiliate.id],
      );
      const requested = await withdrawalById(m, withdrawalId);
      await recordEvents(m, [withdrawalRequested(requested)]);
      this.deps.log.info({ withdrawalId, amountCents }, "withdrawal requested");
      return requested;
    });
    // Committed: a later mutation of this request reads the new totals.
    this.affiliateLoaders.forgetAffiliate(withdrawal.affiliateId);
    // A request moves nothing on hold: the answer's balance reuses today's hold read under the lock.
    if (holdToday) this.affiliateLoaders.onHold.prime(withdrawal.affiliateId, holdToday);
    return withdrawal;
  }

  async process(
    viewer: Viewer,
    input: ProcessInput & { withdrawalId: string; allowReusedReceipt?: boolean | null },
  ): Promise<WithdrawalModel> {
    if (!viewer.sellerId) throw new Forbidden("Only the seller can process a withdrawal.");
    const sellerId = viewer.sellerId;
    const plan = planProcessing(input);
    if (!isRowId(input.withdrawalId)) throw new NotFound("Withdrawal");
    const withdrawal = await inTransaction(this.deps.db, async (m) => {
      const [current] = await m.query(
        `SELECT id, affiliate_id, amount_cents, status, requested_at, payout_batch_id
         FROM withdrawals WHERE id = ? AND seller_id = ?`,
        [input.withdrawalId, sellerId],
      );
      if (!current) throw new NotFound("Withdrawal");
      if (current.status !== WithdrawalStatus.PENDING) {
        throw invalidTransition(current.status, plan.toStatus);
      }
      const withdrawalId = idFrom(current.id);
      if (current.payout_batch_id != null) throw inOpenBatch(withdrawalId, current.payout_batch_id);
      checkPaidOnAfterRequest(plan, current.requested_at);
      // Lock order as request() and a sale: the affiliate row first (a sale then locks the seller's,
      // which the claim's foreign key reads), then the receipt's claim, then the withdrawal row.
      await m.query("SELECT id FROM affiliates WHERE id = ? FOR UPDATE", [current.affiliate_id]);
      const allowReused = input.allowReusedReceipt === true;
      await claimReceiptNotReused(
        m,
        { id: withdrawalId, sellerId },
        plan.receiptNumber,
        allowReused,
      );
      const update = await updateIfPending(m, withdrawalId, plan, viewer.userId);
      if (update.affectedRows === 0) {
        // Decided (decisions are final) or batched by someone else since we read it.
        const [now] = await m.query(
          "SELECT status, payout_batch_id FROM withdrawals WHERE id = ?",
          [withdrawalId],
        );
        if (now?.status === WithdrawalStatus.PENDING && now.payout_batch_id != null) {
          throw inOpenBatch(withdrawalId, now.payout_batch_id);
        }
        throw invalidTransition(now?.status ?? "decided", plan.toStatus);
      }
      await appendEvent(m, withdrawalId, WithdrawalStatus.PENDING, viewer.userId);
      const amountCents = centsFrom(current.amount_cents);
      await moveTotalsOfDecision(m, plan.toStatus, amountCents, idFrom(current.affiliate_id));
      const processed = await withdrawalById(m, withdrawalId);
      await recordEvents(m, [withdrawalProcessed(processed)]);
      this.deps.log.info({ withdrawalId, status: plan.toStatus }, "withdrawal processed");
      return processed;
    });
    // Committed: a later mutation of this request reads the new totals and history.
    this.affiliateLoaders.forgetAffiliate(withdrawal.affiliateId);
    this.history.clear(withdrawal.id);
    this.withdrawals.clear(withdrawal.id).prime(withdrawal.id, withdrawal);
    return withdrawal;
  }

  async list(viewer: Viewer, args: WithdrawalListArgs): Promise<ConnectionModel<WithdrawalModel>> {
    if (!viewer.sellerId) throw new Forbidden("Only a seller has a Payouts screen.");
    const sellerId = viewer.sellerId;
    const conditions = ["w.seller_id = ?"];
    const parameters: unknown[] = [sellerId];
    if (args.status) {
      conditions.push("w.status = ?");
      parameters.push(args.status);
    }
    if (args.affiliateId != null) {
      if (!isRowId(args.affiliateId)) return emptyConnection();
      conditions.push("w.affiliate_id = ?");
      parameters.push(args.affiliateId);
    }
    const payoutFilters = payoutFilterConditions(args);
    conditions.push(...payoutFilters.conditions);
    parameters.push(...payoutFilters.parameters);
    const page = await pageOfWithdrawals(readsOf(this.deps), {
      conditions,
      parameters,
      field: args.orderBy?.field ?? WithdrawalOrderField.REQUESTED_AT,
      direction: args.orderBy?.direction ?? SortDirection.DESC,
      first: args.first,
      after: args.after,
    });
    const scope = { sellerId, affiliateId: args.affiliateId };
    // The running totals count by status only: the payout filters need a COUNT of the rows.
    const totalCount =
      payoutFilters.conditions.length > 0
        ? () => countOfWithdrawals(readsOf(this.deps), conditions, parameters)
        : () => countFromRunningTotals(readsOf(this.deps), scope, args.status);
    return { ...page, totalCount };
  }

  async get(viewer: Viewer, withdrawalId: string): Promise<WithdrawalModel | null> {
    if (!isRowId(withdrawalId)) return null;
    const [row] = await this.deps.db.query(
      `SELECT ${WITHDRAWAL_COLUMNS} ${WITHDRAWAL_FROM} JOIN affiliates a ON a.id = w.affiliate_id
       WHERE w.id = ? AND (w.seller_id = ? OR a.user_id = ?)`,
      [withdrawalId, viewer.sellerId, viewer.userId],
    );
    return row ? withdrawalFrom(row) : null;
  }

  /** Batched: every withdrawal a request names in one tick (an import's lines) in one statement. */
  byId(withdrawalId: string): Promise<WithdrawalModel> {
    return this.withdrawals.load(withdrawalId);
  }

  async summary(viewer: Viewer): Promise<PayoutSummaryModel> {
    if (!viewer.sellerId) throw new Forbidden("Only a seller has a Payouts screen.");
    return payoutSummaryOf(readsOf(this.deps), viewer.sellerId);
  }

  async listOfAffiliate(
    affiliateId: string,
    args: PageArgs & { status?: WithdrawalStatus | null },
  ): Promise<ConnectionModel<WithdrawalModel>> {
    if (!isRowId(affiliateId)) return emptyConnection();
    const conditions = ["w.affiliate_id = ?"];
    const parameters: unknown[] = [affiliateId];
    if (args.status) {
      conditions.push("w.status = ?");
      parameters.push(args.status);
    }
    const page = await pageOfWithdrawals(readsOf(this.deps), {
      conditions,
      parameters,
      field: WithdrawalOrderField.REQUESTED_AT,
      direction: SortDirection.DESC,
      first: args.first,
      after: args.after,
    });
    // From the running totals, which the affiliate's own read has usually primed: no statement then.
    const totalCount = async () => {
      const counts = await this.affiliateLoaders.withdrawalCounts.load(affiliateId);
      return args.status
        ? counts[args.status]
        : counts[WithdrawalStatus.PENDING] +
            counts[WithdrawalStatus.APPROVED] +
            counts[WithdrawalStatus.REJECTED];
    };
    return { ...page, totalCount };
  }

  /** Oldest first; batched: all withdrawals of a page share one statement. */
  historyOf(withdrawalId: string): Promise<WithdrawalEventModel[]> {
    return this.history.load(withdrawalId);
  }
}
