// SQL for the fault scripts, the soak and Lighthouse: throw-away databases (@allyhut/testkit's), the
// demo program, and the money invariants (@allyhut/testkit's SQL, the one the server's tests run).
import {
  assertMoneyInvariants as assertInvariants,
  connectTo,
  databaseName,
  databaseUrl,
  dropDatabase,
  moneyInvariants as invariants,
  testServerUrl,
} from "@allyhut/testkit";

export { connectTo, databaseName, databaseUrl, dropDatabase };

/** Where the throw-away databases go: FAULTS_MYSQL_URL, else the tests' server (testServerUrl). */
export const SHARED_SERVER = process.env.FAULTS_MYSQL_URL ?? testServerUrl();

const rowsOf = (connection) => (sql) => connection.query(sql).then(([rows]) => rows);

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

/** The money invariants on `connection` (@allyhut/testkit's SQL): { violations, counts }. */
export function moneyInvariants(connection) {
  return invariants(rowsOf(connection));
}

/** Throws unless the invariants hold; returns what was checked, for printing. */
export function assertMoneyInvariants(connection, when) {
  return assertInvariants(rowsOf(connection), when);
}
