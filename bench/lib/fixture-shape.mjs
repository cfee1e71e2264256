// The fixture's shape, shared by the loader (bench/fixture.mjs) and the harness (bench/run.mjs).

export const BENCH_PASSWORD = "bench-password";

export const SELLERS = 100;
export const AFFILIATES = 10_000;
export const OFFERS_PER_SELLER = 5;
export const COMMISSIONS = 1_000_000;
export const WITHDRAWALS = 600_000;
export const PENDING_WITHDRAWALS = 200_000;

/** Seller 1 is the large one: 30 % of the affiliates and sales, every PENDING withdrawal and more. */
export const BIG_SELLER_ID = 1;
export const BIG_SELLER_AFFILIATES = 3_000;
export const BIG_SELLER_COMMISSIONS = 300_000;
/** Withdrawals 1..BIG_SELLER_WITHDRAWALS are the big seller's; the first PENDING_WITHDRAWALS are PENDING. */
export const BIG_SELLER_WITHDRAWALS = 320_000;

/** Users 1..SELLERS own sellers 1..SELLERS; affiliate n belongs to user SELLERS + n. */
export const sellerEmail = (sellerId) => `seller${sellerId}@bench.test`;
export const affiliateEmail = (affiliateId) => `affiliate${affiliateId}@bench.test`;
