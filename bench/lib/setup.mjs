// What the harness prepares on the fixture before any load: sessions, the page-10,000 cursor, the
// PENDING withdrawals to process and the affiliates that will ask for money.
import { encodeCursor } from "../baseline/format.mjs";
import { login } from "./client.mjs";
import {
  BENCH_PASSWORD,
  BIG_SELLER_ID,
  PENDING_WITHDRAWALS,
  affiliateEmail,
  sellerEmail,
} from "./fixture-shape.mjs";

export const PAGE_SIZE = 20;
export const DEEP_PAGE = 10_000;
/** Affiliates signed in for requestWithdrawal; each request picks the next one round-robin. */
export const REQUESTING_AFFILIATES = 16;
/**
 * More PENDING ids than any run can process (each is processed at most once): 5 rounds of 5 s and the
 * warm-ups of both servers at up to ~2,000 req/s each need about 70,000.
 */
export const PROCESSABLE_WITHDRAWALS = 150_000;

/** Whether the fixture is there and still has its 10,000 pages of PENDING withdrawals. */
export async function fixtureState(db) {
  try {
    const [[row]] = await db.query(
      "SELECT COALESCE(SUM(pending_count), 0) AS pending FROM affiliates WHERE seller_id = ?",
      [BIG_SELLER_ID],
    );
    const pending = Number(row.pending);
    return { ready: pending >= PENDING_WITHDRAWALS, pending };
  } catch {
    return { ready: false, pending: 0 };
  }
}

/** The cursor whose next page is page `page` of the seller's PENDING withdrawals, newest first. */
export async function cursorBeforePage(db, page) {
  const [[row]] = await db.query(
    `SELECT id, requested_at FROM withdrawals WHERE seller_id = ? AND status = 'PENDING'
     ORDER BY requested_at DESC, id DESC LIMIT 1 OFFSET ?`,
    [BIG_SELLER_ID, (page - 1) * PAGE_SIZE - 1],
  );
  if (!row) throw new Error(`seller ${BIG_SELLER_ID} has no page ${page} of PENDING withdrawals`);
  return encodeCursor([`REQUESTED_AT:${row.requested_at.getTime()}`, String(row.id)]);
}

/** The newest PENDING withdrawals of the big seller: each processWithdrawal request takes the next. */
export async function pendingWithdrawalIds(db) {
  const [rows] = await db.query(
    `SELECT id FROM withdrawals WHERE seller_id = ? AND status = 'PENDING'
     ORDER BY requested_at DESC, id DESC LIMIT ?`,
    [BIG_SELLER_ID, PROCESSABLE_WITHDRAWALS],
  );
  return rows.map((row) => String(row.id));
}

/** The seller's session, and sessions of its affiliates with the most money available. */
export async function signIn(db, allyhutUrl) {
  const seller = await login(allyhutUrl, sellerEmail(BIG_SELLER_ID), BENCH_PASSWORD);
  const [rows] = await db.query(
    `SELECT id, earned_cents - pending_cents - paid_cents AS available_cents FROM affiliates
     WHERE seller_id = ? AND status = 'ACTIVE'
     ORDER BY earned_cents - pending_cents - paid_cents DESC, id LIMIT ?`,
    [BIG_SELLER_ID, REQUESTING_AFFILIATES],
  );
  const affiliates = [];
  for (const row of rows) {
    const cookie = await login(allyhutUrl, affiliateEmail(row.id), BENCH_PASSWORD);
    affiliates.push({ id: String(row.id), cookie, availableCents: Number(row.available_cents) });
  }
  // The overview: an affiliate of the big seller with full pages of commissions and withdrawals.
  const [[overview]] = await db.query(
    `SELECT id FROM affiliates WHERE seller_id = ? AND sales_count >= 20
       AND pending_count + approved_count + rejected_count >= 20 ORDER BY id LIMIT 1`,
    [BIG_SELLER_ID],
  );
  return { seller, affiliates, overviewAffiliateId: String(overview.id) };
}
