// The baseline's writes: the same transactions as AllyHut's (affiliate row locked first, event and
// running totals in the same transaction), the answer read back with joins.
import { GraphQLFailure, balance, iso, money, parseDecimalToCents } from "./format.mjs";
import { claimReceiptNotReused } from "./receipt-guard.mjs";

const RETRYABLE = new Set([1213, 1205]);

/** One READ COMMITTED transaction on a pooled connection; a deadlock reruns it (up to 5 times). */
async function inTransaction(db, work) {
  for (let attempt = 1; ; attempt++) {
    const connection = await db.pool.getConnection();
    const tx = { run: (sql, parameters) => db.runOn(connection, sql, parameters) };
    try {
      await db.runOn(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      await db.runOn(connection, "START TRANSACTION");
      const result = await work(tx);
      await db.runOn(connection, "COMMIT");
      return result;
    } catch (error) {
      await db.runOn(connection, "ROLLBACK");
      if (!RETRYABLE.has(error.errno) || attempt >= 5) throw error;
    } finally {
      connection.release();
    }
  }
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

function checkDecision(input) {
  const { status, receiptNumber = null, paidOn = null, note = null } = input;
  if (!["PENDING", "APPROVED", "REJECTED"].includes(status)) {
    throw new GraphQLFailure("BAD_USER_INPUT", "The status must be PENDING, APPROVED or REJECTED.");
  }
  if (status === "APPROVED" && (!receiptNumber || !paidOn)) {
    throw new GraphQLFailure("BAD_USER_INPUT", "APPROVED needs a receipt number and a date paid.");
  }
  if (paidOn !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn) || paidOn > todayUtc())) {
    throw new GraphQLFailure("BAD_USER_INPUT", "The date paid must be a date, not in the future.");
  }
  if (status === "REJECTED") return { status, receiptNumber: null, paidOn: null, note };
  return { status, receiptNumber: receiptNumber?.trim() || null, paidOn, note };
}

const WITHDRAWAL_WITH_AFFILIATE = `SELECT w.*, a.name AS affiliate_name, a.email AS affiliate_email,
    a.pending_count, a.earned_cents, a.pending_cents, a.paid_cents, s.currency_code
  FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id JOIN sellers s ON s.id = w.seller_id
  WHERE w.id = ?`;

/** Withdrawal Details' Save, APPROVED or REJECTED (a note-only save is not benchmarked). */
export async function processWithdrawal(db, viewer, { input }) {
  if (!viewer) throw new GraphQLFailure("UNAUTHENTICATED", "Sign in first.");
  if (viewer.sellerId === null) throw new GraphQLFailure("FORBIDDEN", "Create a seller first.");
  const decision = checkDecision(input);
  const withdrawalId = await inTransaction(db, async (tx) => {
    const [current] = await tx.run(
      `SELECT id, affiliate_id, amount_cents, status, requested_at, payout_batch_id FROM withdrawals
       WHERE id = ? AND seller_id = ?`,
      [input.withdrawalId, viewer.sellerId],
    );
    if (!current) throw new GraphQLFailure("NOT_FOUND", "Withdrawal not found.");
    if (current.status !== "PENDING" || decision.status === "PENDING") {
      throw new GraphQLFailure(
        "INVALID_TRANSITION",
        `This withdrawal is already ${current.status}.`,
      );
    }
    if (current.payout_batch_id !== null) {
      throw new GraphQLFailure(
        "CONFLICT",
        `AH-W-${current.id} is in payout batch #${current.payout_batch_id}; take it out of the batch first.`,
      );
    }
    if (decision.paidOn && decision.paidOn < current.requested_at.toISOString().slice(0, 10)) {
      throw new GraphQLFailure("BAD_USER_INPUT", "The date paid cannot be before the request.");
    }
    // Lock order as AllyHut's: the affiliate row, the receipt's claim, the withdrawal row.
    await tx.run("SELECT id FROM affiliates WHERE id = ? FOR UPDATE", [current.affiliate_id]);
    await claimReceiptNotReused(
      tx,
      viewer.sellerId,
      current.id,
      decision.receiptNumber,
      input.allowReusedReceipt === true,
    );
    const updated = await tx.run(
      `UPDATE withdrawals SET status = ?, receipt_number = ?, paid_on = ?, note = ?,
         processed_at = UTC_TIMESTAMP(3), processed_by_user_id = ?
       WHERE id = ? AND status = 'PENDING' AND payout_batch_id IS NULL`,
      [
        decision.status,
        decision.receiptNumber,
        decision.paidOn,
        decision.note,
        viewer.userId,
        current.id,
      ],
    );
    if (updated.affectedRows === 0) throw new GraphQLFailure("INVALID_TRANSITION", "Decided.");
    await tx.run(
      `INSERT INTO withdrawal_events
         (withdrawal_id, at, actor_user_id, from_status, to_status, receipt_number, paid_on, note)
       SELECT id, processed_at, ?, 'PENDING', status, receipt_number, paid_on, note
       FROM withdrawals WHERE id = ?`,
      [viewer.userId, current.id],
    );
    await recordOutboxEvent(tx, "WITHDRAWAL_PROCESSED", current.id);
    if (decision.status === "APPROVED") {
      await tx.run(
        `UPDATE affiliates SET pending_cents = pending_cents - ?, paid_cents = paid_cents + ?,
           pending_count = pending_count - 1, approved_count = approved_count + 1 WHERE id = ?`,
        [current.amount_cents, current.amount_cents, current.affiliate_id],
      );
    } else {
      await tx.run(
        `UPDATE affiliates SET pending_cents = pending_cents - ?, pending_count = pending_count - 1,
           rejected_count = rejected_count + 1, rejected_cents = rejected_cents + ? WHERE id = ?`,
        [current.amount_cents, current.amount_cents, current.affiliate_id],
      );
    }
    return current.id;
  });
  const [[row], history] = await Promise.all([
    db.run(WITHDRAWAL_WITH_AFFILIATE, [withdrawalId]),
    db.run(
      `SELECT e.at, e.from_status, e.to_status, e.receipt_number, e.paid_on, e.note,
         u.id AS actor_id, u.name AS actor_name
       FROM withdrawal_events e LEFT JOIN users u ON u.id = e.actor_user_id
       WHERE e.withdrawal_id = ? ORDER BY e.id`,
      [withdrawalId],
    ),
  ]);
  const currency = row.currency_code;
  return {
    processWithdrawal: {
      id: String(row.id),
      status: row.status,
      requestedAt: iso(row.requested_at),
      receiptNumber: row.receipt_number,
      paidOn: row.paid_on,
      note: row.note,
      processedAt: iso(row.processed_at),
      amount: money(row.amount_cents, currency),
      paymentMethod: row.payment_method,
      payoutAccount: row.payout_account,
      affiliate: {
        id: String(row.affiliate_id),
        name: row.affiliate_name,
        email: row.affiliate_email,
        pendingWithdrawalCount: row.pending_count,
        balance: balance(row),
      },
      history: history.map((event) => ({
        at: iso(event.at),
        actor:
          event.actor_id === null ? null : { id: String(event.actor_id), name: event.actor_name },
        fromStatus: event.from_status,
        toStatus: event.to_status,
        receiptNumber: event.receipt_number,
        paidOn: event.paid_on,
        note: event.note,
      })),
    },
  };
}

/** An affiliate asks for part of its available balance; an idempotency key makes retries safe. */
export async function requestWithdrawal(db, viewer, { input }) {
  if (!viewer) throw new GraphQLFailure("UNAUTHENTICATED", "Sign in first.");
  const amountCents = parseDecimalToCents(input.amount);
  if (amountCents <= 0) throw new GraphQLFailure("BAD_USER_INPUT", "The amount must be over 0.");
  const key = input.idempotencyKey ?? null;
  const withdrawalId = await inTransaction(db, async (tx) => {
    const [affiliate] = await tx.run(
      `SELECT id, seller_id, payment_method, payout_account, earned_cents, pending_cents, paid_cents
       FROM affiliates WHERE id = ? AND user_id = ? FOR UPDATE`,
      [input.affiliateId, viewer.userId],
    );
    if (!affiliate) throw new GraphQLFailure("NOT_FOUND", "Affiliate not found.");
    if (key !== null) {
      const [known] = await tx.run(
        "SELECT id, amount_cents FROM withdrawals WHERE affiliate_id = ? AND idempotency_key = ?",
        [affiliate.id, key],
      );
      if (known && Number(known.amount_cents) !== amountCents) {
        throw new GraphQLFailure("CONFLICT", "This idempotency key was used for another amount.");
      }
      if (known) return known.id;
    }
    const available = affiliate.earned_cents - affiliate.pending_cents - affiliate.paid_cents;
    if (amountCents > available)
      throw new GraphQLFailure("INSUFFICIENT_FUNDS", "Insufficient funds.");
    const inserted = await tx.run(
      `INSERT INTO withdrawals (seller_id, affiliate_id, amount_cents, status, payment_method,
         payout_account, requested_at, idempotency_key)
       VALUES (?, ?, ?, 'PENDING', ?, ?, UTC_TIMESTAMP(3), ?)`,
      [
        affiliate.seller_id,
        affiliate.id,
        amountCents,
        affiliate.payment_method,
        affiliate.payout_account,
        key,
      ],
    );
    await tx.run(
      `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status)
       SELECT id, requested_at, ?, NULL, status FROM withdrawals WHERE id = ?`,
      [viewer.userId, inserted.insertId],
    );
    await recordOutboxEvent(tx, "WITHDRAWAL_REQUESTED", inserted.insertId);
    await tx.run(
      `UPDATE affiliates SET pending_cents = pending_cents + ?, pending_count = pending_count + 1
       WHERE id = ?`,
      [amountCents, affiliate.id],
    );
    return inserted.insertId;
  });
  const [row] = await db.run(WITHDRAWAL_WITH_AFFILIATE, [withdrawalId]);
  return {
    requestWithdrawal: {
      id: String(row.id),
      status: row.status,
      amount: money(row.amount_cents, row.currency_code),
      affiliate: {
        id: String(row.affiliate_id),
        pendingWithdrawalCount: row.pending_count,
        balance: balance(row),
      },
    },
  };
}

// As AllyHut's transactional outbox: the event row, with the withdrawal as the API shows it, is
// written in the change's transaction (one statement, the payload built by SQL).
function recordOutboxEvent(tx, type, withdrawalId) {
  return tx.run(
    `INSERT INTO outbox_events (public_id, seller_id, type, occurred_at, payload_json)
     SELECT CONCAT('msg_', REPLACE(UUID(), '-', '')), w.seller_id, ?, UTC_TIMESTAMP(3),
       JSON_OBJECT('withdrawal', JSON_OBJECT('id', CAST(w.id AS CHAR),
         'reference', CONCAT('AH-W-', w.id), 'affiliate', JSON_OBJECT('id', CAST(w.affiliate_id AS CHAR)),
         'amount', JSON_OBJECT('amount', CAST(w.amount_cents / 100 AS DECIMAL(17, 2)),
           'currencyCode', s.currency_code), 'status', w.status,
         'paymentMethod', w.payment_method, 'payoutAccount', w.payout_account,
         'requestedAt', w.requested_at, 'processedAt', w.processed_at,
         'receiptNumber', w.receipt_number, 'paidOn', w.paid_on, 'note', w.note))
     FROM withdrawals w JOIN sellers s ON s.id = w.seller_id WHERE w.id = ?`,
    [type, withdrawalId],
  );
}
