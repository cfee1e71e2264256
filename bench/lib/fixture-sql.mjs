// The fixture's SQL: INSERT … SELECT over MariaDB's sequence engine (seq_1_to_N), ids given
// explicitly so every relation is arithmetic. @now is set by the loader, which inserts the users
// (benchUsers) first, through the server's insertUsers.
import {
  AFFILIATES,
  BIG_SELLER_AFFILIATES,
  BIG_SELLER_COMMISSIONS,
  BIG_SELLER_WITHDRAWALS,
  COMMISSIONS,
  OFFERS_PER_SELLER,
  PENDING_WITHDRAWALS,
  SELLERS,
  WITHDRAWALS,
  affiliateEmail,
  sellerEmail,
} from "./fixture-shape.mjs";

const OTHER_SELLERS = SELLERS - 1;
const OTHER_AFFILIATES = AFFILIATES - BIG_SELLER_AFFILIATES;

const FIRST_NAMES =
  "Ada Ben Chloe Dev Eva Finn Grace Hugo Iris Jon Kira Liam Mona Nils Olga Pia".split(" ");
const LAST_NAMES =
  "Adams Baker Chen Diaz Evans Fox Gupta Hill Ito Jones Khan Lee Moss Novak Ortiz Park".split(" ");
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * The users, for the server's insertUsers (its email normalization, as sign-up stores users):
 * users 1..SELLERS own the sellers, user SELLERS + n is affiliate n.
 */
export function benchUsers(passwordHash, now) {
  const users = [];
  for (let n = 1; n <= SELLERS; n++) {
    users.push({
      id: n,
      email: sellerEmail(n),
      name: `Seller ${LAST_NAMES[n % 16]} ${n}`,
      passwordHash,
      createdAt: new Date(now.getTime() - 500 * DAY_MS),
    });
  }
  for (let n = 1; n <= AFFILIATES; n++) {
    users.push({
      id: SELLERS + n,
      email: affiliateEmail(n),
      name: `${FIRST_NAMES[n % 16]} ${LAST_NAMES[Math.floor(n / 16) % 16]} ${n}`,
      passwordHash,
      createdAt: new Date(now.getTime() - 450 * DAY_MS + n * MINUTE_MS),
    });
  }
  return users;
}

/** Affiliate n's seller: the first BIG_SELLER_AFFILIATES are seller 1's, the rest spread over 2..100. */
const sellerOfAffiliate = (a) =>
  `IF(${a} <= ${BIG_SELLER_AFFILIATES}, 1, 2 + (${a} - ${BIG_SELLER_AFFILIATES + 1}) % ${OTHER_SELLERS})`;

/** Offer k (0..4) of seller s. */
const offerOf = (s, k) => `((${s} - 1) * ${OFFERS_PER_SELLER} + 1 + (${k}))`;

export const LOAD_STEPS = [
  {
    label: "sellers",
    sql: `INSERT INTO sellers (id, owner_user_id, name, slug, currency_code, created_at)
      SELECT seq, seq, IF(seq = 1, 'Big Bench Academy', CONCAT('Bench Coaching ', seq)),
        CONCAT('bench-seller-', seq), 'USD', @now - INTERVAL 500 DAY
      FROM seq_1_to_${SELLERS}`,
  },
  {
    // k even: PERCENTAGE 10/20/30 %; k odd: FLAT $7.50 / $12.50. Prices $49 .. $249.
    label: `offers (${OFFERS_PER_SELLER} per seller)`,
    sql: `INSERT INTO offers (id, seller_id, name, price_cents, commission_type, commission_value, active, created_at)
      SELECT seq, 1 + (seq - 1) DIV ${OFFERS_PER_SELLER},
        CONCAT(ELT(1 + (seq - 1) % ${OFFERS_PER_SELLER}, 'Italian Cooking', 'Sourdough Basics',
          'Knife Skills', 'Pastry Masterclass', 'Plant-based Kitchen'), ' ', seq),
        4900 + ((seq - 1) % ${OFFERS_PER_SELLER}) * 5000,
        IF(((seq - 1) % ${OFFERS_PER_SELLER}) % 2 = 0, 'PERCENTAGE', 'FLAT'),
        IF(((seq - 1) % ${OFFERS_PER_SELLER}) % 2 = 0, 1000 + ((seq - 1) % ${OFFERS_PER_SELLER}) * 500,
          500 + ((seq - 1) % ${OFFERS_PER_SELLER}) * 250),
        1, @now - INTERVAL 480 DAY
      FROM seq_1_to_${SELLERS * OFFERS_PER_SELLER}`,
  },
  {
    label: "affiliates",
    sql: `INSERT INTO affiliates (id, seller_id, user_id, name, email, status, referral_code,
        payment_method, payout_account, joined_at)
      SELECT seq, ${sellerOfAffiliate("seq")}, u.id, u.name, u.email,
        IF(seq % 37 = 0, 'DISABLED', 'ACTIVE'), CONCAT('BENCH', LPAD(seq, 8, '0')),
        IF(seq % 2 = 1, 'PAYPAL', 'BANK_TRANSFER'),
        IF(seq % 2 = 1, CONCAT('affiliate', seq, '@paypal.bench.test'), CONCAT('DE89 3704 0044 ', LPAD(seq, 10, '0'))),
        @now - INTERVAL 400 DAY + INTERVAL seq * 17 MINUTE
      FROM seq_1_to_${AFFILIATES} JOIN users u ON u.id = ${SELLERS} + seq`,
  },
  {
    // Each affiliate promotes two of its seller's offers: k = n % 5 and (n + 1) % 5.
    label: "offer_promotions (2 per affiliate)",
    sql: `INSERT INTO offer_promotions (affiliate_id, offer_id, promoted_since)
      SELECT a.id, ${offerOf("a.seller_id", `(a.id + p.seq) % ${OFFERS_PER_SELLER}`)},
        a.joined_at + INTERVAL 1 DAY
      FROM affiliates a JOIN seq_0_to_1 p ORDER BY a.id, p.seq`,
  },
  {
    // The first BIG_SELLER_COMMISSIONS sales are seller 1's. The nth sale of an affiliate alternates
    // between its two promoted offers; 2 of every 100 are reversed (refunded).
    label: `commissions (${COMMISSIONS.toLocaleString("en")})`,
    sql: `INSERT INTO commissions (id, seller_id, affiliate_id, offer_id, order_id, sale_cents,
        amount_cents, occurred_at, reversed_at, created_at, available_on)
      SELECT q.i, a.seller_id, a.id, o.id, CONCAT('BENCH-ORDER-', q.i), o.price_cents,
        IF(o.commission_type = 'PERCENTAGE', (o.price_cents * o.commission_value * 2 + 10000) DIV 20000,
          o.commission_value),
        q.occurred_at, IF(q.nth % 50 = 7, LEAST(q.occurred_at + INTERVAL 1 DAY, @now), NULL), q.occurred_at,
        DATE(q.occurred_at)
      FROM (
        SELECT seq AS i,
          IF(seq <= ${BIG_SELLER_COMMISSIONS}, 1 + (seq - 1) % ${BIG_SELLER_AFFILIATES},
            ${BIG_SELLER_AFFILIATES + 1} + (seq - ${BIG_SELLER_COMMISSIONS + 1}) % ${OTHER_AFFILIATES}) AS affiliate_id,
          IF(seq <= ${BIG_SELLER_COMMISSIONS}, (seq - 1) DIV ${BIG_SELLER_AFFILIATES},
            (seq - ${BIG_SELLER_COMMISSIONS + 1}) DIV ${OTHER_AFFILIATES}) AS nth,
          @now - INTERVAL ((${COMMISSIONS} - seq) * 30) SECOND AS occurred_at
        FROM seq_1_to_${COMMISSIONS}
      ) q
      JOIN affiliates a ON a.id = q.affiliate_id
      JOIN offers o ON o.id = ${offerOf("a.seller_id", `(a.id + q.nth % 2) % ${OFFERS_PER_SELLER}`)}`,
  },
  {
    // 1..PENDING: seller 1's PENDING; up to BIG_SELLER_WITHDRAWALS: seller 1's decided; the rest
    // other sellers' decided (3 APPROVED to 1 REJECTED). Newer requests have smaller numbers.
    label: `withdrawals (${WITHDRAWALS.toLocaleString("en")}, ${PENDING_WITHDRAWALS.toLocaleString("en")} PENDING)`,
    sql: `INSERT INTO withdrawals (id, seller_id, affiliate_id, amount_cents, status, payment_method,
        payout_account, requested_at, receipt_number, paid_on, note, processed_at, processed_by_user_id)
      SELECT q.j, a.seller_id, a.id, 100 + (q.j * 37) % 300, q.status, a.payment_method,
        a.payout_account, q.requested_at,
        IF(q.status = 'APPROVED', CONCAT('RCPT-', q.j), NULL),
        IF(q.status = 'APPROVED', DATE(q.requested_at + INTERVAL 1 DAY), NULL),
        CASE q.status WHEN 'APPROVED' THEN 'Paid, thank you!'
          WHEN 'REJECTED' THEN 'The payout account could not be verified.' END,
        IF(q.status = 'PENDING', NULL, q.requested_at + INTERVAL 1 DAY),
        IF(q.status = 'PENDING', NULL, a.seller_id)
      FROM (
        SELECT seq AS j,
          IF(seq <= ${BIG_SELLER_WITHDRAWALS}, 1 + (seq - 1) % ${BIG_SELLER_AFFILIATES},
            ${BIG_SELLER_AFFILIATES + 1} + (seq - ${BIG_SELLER_WITHDRAWALS + 1}) % ${OTHER_AFFILIATES}) AS affiliate_id,
          CASE WHEN seq <= ${PENDING_WITHDRAWALS} THEN 'PENDING'
            WHEN seq % 4 = 0 THEN 'REJECTED' ELSE 'APPROVED' END AS status,
          IF(seq <= ${BIG_SELLER_WITHDRAWALS}, @now - INTERVAL (3600 + seq * 40) SECOND,
            @now - INTERVAL 3 DAY - INTERVAL ((seq - ${BIG_SELLER_WITHDRAWALS}) * 90) SECOND) AS requested_at
        FROM seq_1_to_${WITHDRAWALS}
      ) q
      JOIN affiliates a ON a.id = q.affiliate_id`,
  },
  {
    label: "withdrawal_events: the requests",
    sql: `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status)
      SELECT w.id, w.requested_at, a.user_id, NULL, 'PENDING'
      FROM withdrawals w JOIN affiliates a ON a.id = w.affiliate_id ORDER BY w.id`,
  },
  {
    label: "withdrawal_events: the decisions",
    sql: `INSERT INTO withdrawal_events (withdrawal_id, at, actor_user_id, from_status, to_status,
        receipt_number, paid_on, note)
      SELECT w.id, w.processed_at, w.processed_by_user_id, 'PENDING', w.status, w.receipt_number,
        w.paid_on, w.note
      FROM withdrawals w WHERE w.status <> 'PENDING' ORDER BY w.id`,
  },
  {
    // As processWithdrawal leaves them: every receipt in use has its claim (one per withdrawal here).
    label: "withdrawal_receipt_claims",
    sql: `INSERT INTO withdrawal_receipt_claims (seller_id, receipt_number, claims)
      SELECT seller_id, MIN(receipt_number), COUNT(*) FROM withdrawals
      WHERE receipt_number IS NOT NULL GROUP BY seller_id, receipt_number`,
  },
];

export const TOTALS_STEPS = [
  {
    label: "affiliates: sales and earnings",
    sql: `UPDATE affiliates a JOIN (
        SELECT affiliate_id, COUNT(*) AS sales, SUM(amount_cents) AS earned
        FROM commissions WHERE reversed_at IS NULL GROUP BY affiliate_id
      ) c ON c.affiliate_id = a.id
      SET a.sales_count = c.sales, a.earned_cents = c.earned`,
  },
  {
    label: "sellers: commissions recorded (reversed ones too)",
    sql: `UPDATE sellers s JOIN (
        SELECT seller_id, SUM(amount_cents) AS recorded FROM commissions GROUP BY seller_id
      ) c ON c.seller_id = s.id
      SET s.recorded_commission_cents = c.recorded`,
  },
  {
    label: "affiliates: withdrawal totals",
    sql: `UPDATE affiliates a JOIN (
        SELECT affiliate_id,
          SUM(status = 'PENDING') AS pending_count,
          SUM(IF(status = 'PENDING', amount_cents, 0)) AS pending_cents,
          SUM(status = 'APPROVED') AS approved_count,
          SUM(IF(status = 'APPROVED', amount_cents, 0)) AS paid_cents,
          SUM(status = 'REJECTED') AS rejected_count,
          SUM(IF(status = 'REJECTED', amount_cents, 0)) AS rejected_cents
        FROM withdrawals GROUP BY affiliate_id
      ) w ON w.affiliate_id = a.id
      SET a.pending_count = w.pending_count, a.pending_cents = w.pending_cents,
        a.approved_count = w.approved_count, a.paid_cents = w.paid_cents,
        a.rejected_count = w.rejected_count, a.rejected_cents = w.rejected_cents`,
  },
  {
    // Grouped once into a keyed temporary table, then joined by its key. As a derived table in the
    // UPDATE, the optimizer (with the statistics of a table just loaded) ran the group once per
    // promotion through the offer_id index ("LATERAL DERIVED"): 310 s instead of 1.
    label: "offer_promotions: sales and commissions",
    sql: [
      `CREATE TEMPORARY TABLE promotion_totals (PRIMARY KEY (affiliate_id, offer_id))
        SELECT affiliate_id, offer_id, COUNT(*) AS sales, SUM(amount_cents) AS commission
        FROM commissions WHERE reversed_at IS NULL GROUP BY affiliate_id, offer_id`,
      `UPDATE offer_promotions p JOIN promotion_totals c
        ON c.affiliate_id = p.affiliate_id AND c.offer_id = p.offer_id
      SET p.sales_count = c.sales, p.commission_cents = c.commission`,
      "DROP TEMPORARY TABLE promotion_totals",
    ],
    reports: 1,
  },
];
