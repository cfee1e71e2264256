// SQL for the fault scripts: throw-away databases, the demo program, and the money invariants.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { REPO_ROOT } from "./server.mjs";

// mysql2 is the server's dependency; resolve it from there.
const require = createRequire(`${REPO_ROOT}/apps/server/package.json`);
const mysql = require("mysql2/promise");

export const SHARED_SERVER = process.env.FAULTS_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/";

export const databaseName = (prefix) => `${prefix}_${randomBytes(4).toString("hex")}`;

/** The URL of database `name` on the MySQL server at `serverUrl`. */
export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function connectTo(url, options = {}) {
  return mysql.createConnection({ uri: url, connectTimeout: 5000, ...options });
}

export async function dropDatabase(serverUrl, name) {
  const connection = await connectTo(serverUrl);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/** The seeded "Demo Coaching" program: its ACTIVE affiliates, with emails and promoted active offers. */
export async function demoProgram(connection) {
  const [affiliates] = await connection.query(
    `SELECT a.id, a.referral_code, u.email FROM affiliates a
     JOIN users u ON u.id = a.user_id JOIN sellers s ON s.id = a.seller_id
     WHERE s.slug = 'demo-coaching' AND a.status = 'ACTIVE' ORDER BY a.id`,
  );
  const [promotions] = await connection.query(
    `SELECT p.affiliate_id, p.offer_id FROM offer_promotions p JOIN offers o ON o.id = p.offer_id
     WHERE o.active = 1 ORDER BY p.affiliate_id, p.offer_id`,
  );
  return affiliates.map((row) => ({
    affiliateId: String(row.id),
    referralCode: row.referral_code,
    email: row.email,
    offerIds: promotions
      .filter((p) => String(p.affiliate_id) === String(row.id))
      .map((p) => String(p.offer_id)),
  }));
}

export const DEMO_SELLER_EMAIL = "coach@allyhut.test";
export const DEMO_PASSWORD = "allyhut-demo";

// The SQL of apps/server/test/support/money-invariants.ts (DESIGN invariants 1, 4 and 7).
const TOTALS = `
  SELECT a.id, a.sales_count, a.earned_cents, a.pending_cents, a.paid_cents, a.pending_count,
    a.approved_count, a.rejected_count,
    (SELECT COUNT(*) FROM commissions c WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL) AS rows_sales,
    (SELECT COALESCE(SUM(c.amount_cents), 0) FROM commissions c
      WHERE c.affiliate_id = a.id AND c.reversed_at IS NULL) AS rows_earned,
    (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
      WHERE w.affiliate_id = a.id AND w.status = 'PENDING') AS rows_pending,
    (SELECT COALESCE(SUM(w.amount_cents), 0) FROM withdrawals w
      WHERE w.affiliate_id = a.id AND w.status = 'APPROVED') AS rows_paid,
    (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'PENDING') AS rows_pending_count,
    (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'APPROVED') AS rows_approved_count,
    (SELECT COUNT(*) FROM withdrawals w WHERE w.affiliate_id = a.id AND w.status = 'REJECTED') AS rows_rejected_count
  FROM affiliates a`;
const PROMOTIONS = `
  SELECT p.affiliate_id, p.offer_id, p.sales_count, p.commission_cents,
    COUNT(c.id) AS rows_sales, COALESCE(SUM(c.amount_cents), 0) AS rows_commission
  FROM offer_promotions p
  LEFT JOIN commissions c
    ON c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id AND c.reversed_at IS NULL
  GROUP BY p.affiliate_id, p.offer_id, p.sales_count, p.commission_cents`;
const HISTORIES = `
  SELECT w.id, w.status,
    (SELECT COUNT(*) FROM withdrawal_events e WHERE e.withdrawal_id = w.id AND e.from_status IS NULL
      AND e.to_status = 'PENDING') AS opened,
    (SELECT COUNT(*) FROM withdrawal_events e WHERE e.withdrawal_id = w.id
      AND e.to_status <> 'PENDING') AS decisions,
    (SELECT e.to_status FROM withdrawal_events e WHERE e.withdrawal_id = w.id
      ORDER BY e.id DESC LIMIT 1) AS last_status
  FROM withdrawals w`;

/**
 * Every way the database breaks the money invariants ([] when none), and what was checked:
 * earned = available + pending + paid, totals = row sums, and no half-written withdrawal (each has
 * its opening event, each decided one its decision event, the last event is the current status).
 */
export async function moneyInvariants(connection) {
  const violations = [];
  const [affiliates] = await connection.query(TOTALS);
  const pairs = [
    ["sales_count", "rows_sales"],
    ["earned_cents", "rows_earned"],
    ["pending_cents", "rows_pending"],
    ["paid_cents", "rows_paid"],
    ["pending_count", "rows_pending_count"],
    ["approved_count", "rows_approved_count"],
    ["rejected_count", "rows_rejected_count"],
  ];
  for (const row of affiliates) {
    for (const [total, rows] of pairs) {
      if (Number(row[total]) !== Number(row[rows])) {
        violations.push(
          `affiliate ${row.id}: ${total} ${row[total]} but the rows sum to ${row[rows]}`,
        );
      }
    }
  }
  const [promotions] = await connection.query(PROMOTIONS);
  for (const row of promotions) {
    const promotion = `promotion ${row.affiliate_id}/${row.offer_id}`;
    if (Number(row.sales_count) !== Number(row.rows_sales)) {
      violations.push(`${promotion}: sales_count ${row.sales_count} but ${row.rows_sales} rows`);
    }
    if (Number(row.commission_cents) !== Number(row.rows_commission)) {
      violations.push(
        `${promotion}: commission_cents ${row.commission_cents} but ${row.rows_commission}`,
      );
    }
  }
  const [histories] = await connection.query(HISTORIES);
  for (const row of histories) {
    const decided = row.status === "PENDING" ? 0 : 1;
    if (
      Number(row.opened) !== 1 ||
      Number(row.decisions) !== decided ||
      row.last_status !== row.status
    ) {
      violations.push(
        `withdrawal ${row.id} (${row.status}): ${row.opened} opening and ${row.decisions} decision events, last ${row.last_status}`,
      );
    }
  }
  const counts = {
    affiliates: affiliates.length,
    promotions: promotions.length,
    withdrawals: histories.length,
  };
  return { violations, counts };
}

/** Throws unless the invariants hold; returns what was checked, for printing. */
export async function assertMoneyInvariants(connection, when) {
  const { violations, counts } = await moneyInvariants(connection);
  if (violations.length) {
    throw new Error(`money invariants broken ${when}:\n  ${violations.join("\n  ")}`);
  }
  return `invariants hold ${when} (${counts.affiliates} affiliates, ${counts.promotions} promotions, ${counts.withdrawals} withdrawals with complete histories)`;
}
