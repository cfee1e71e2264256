// Money mutations from a few signed-in clients, in loops bounded in count and time.
import {
  GraphQLClient,
  NoAnswer,
  PENDING_WITHDRAWALS,
  PROCESS_WITHDRAWAL,
  RECORD_SALE,
  REQUEST_WITHDRAWAL,
  REVERSE_SALE,
  errorCode,
  saleAmount,
  today,
} from "./graphql.mjs";
import { DEMO_PASSWORD, DEMO_SELLER_EMAIL } from "./db.mjs";

/** A random item of a list, and a random whole number from low to high. */
export const pick = (items) => items[Math.floor(Math.random() * items.length)];
export const between = (low, high) => low + Math.floor(Math.random() * (high - low + 1));

/** Signed-in clients: two sessions of the seller and one per affiliate that promotes something. */
export async function signInClients(url, program, affiliateCount = 3) {
  const earners = program.filter((a) => a.offerIds.length > 0).slice(0, affiliateCount);
  const sellers = await Promise.all(
    [0, 1].map(() => new GraphQLClient(url).login(DEMO_SELLER_EMAIL, DEMO_PASSWORD)),
  );
  const affiliates = await Promise.all(
    earners.map(async (a) => ({
      ...a,
      client: await new GraphQLClient(url).login(a.email, DEMO_PASSWORD),
    })),
  );
  return { sellers, affiliates, everyone: program };
}

/** One operation: what was sent, and its answer ("ok", an error code, or NO_ANSWER). */
async function send(ops, client, kind, query, variables, state) {
  const op = { kind, client, query, variables, answer: "IN_FLIGHT", sentAt: Date.now() };
  ops.push(op);
  state.inFlight++;
  try {
    const answer = await client.request(query, variables);
    op.answer = errorCode(answer) ?? "ok";
    op.data = answer.body.data;
  } catch (error) {
    if (!(error instanceof NoAnswer)) throw error;
    op.answer = "NO_ANSWER";
    op.error = error.code;
  } finally {
    state.inFlight--;
  }
  return op;
}

/**
 * Runs sale, processing and request loops until `state.stop`, a loop's first NO_ANSWER, `maxOps`
 * operations per loop or `maxMs`. Resolves with every operation sent.
 */
export async function mutationBurst({ clients, tag, maxOps = 1_000, maxMs = 20_000, state }) {
  const ops = [];
  const deadline = Date.now() + maxMs;
  const goOn = (n) => !state.stop && n < maxOps && Date.now() < deadline;
  const [sellerA, sellerB] = clients.sellers;
  let orderNumber = 0;

  const sales = async () => {
    for (let n = 0; goOn(n); n++) {
      let op;
      if (n % 5 === 4) {
        const recorded = ops.filter((o) => o.kind === "recordSale" && o.answer === "ok");
        if (recorded.length) {
          op = await send(
            ops,
            sellerA,
            "reverseSale",
            REVERSE_SALE,
            { orderId: pick(recorded).variables.input.orderId },
            state,
          );
        }
      }
      if (!op) {
        const affiliate = pick(clients.affiliates);
        const input = {
          referralCode: affiliate.referralCode,
          offerId: pick(affiliate.offerIds),
          orderId: `${tag}-${++orderNumber}`,
          saleAmount: saleAmount(between(1_000, 20_000)),
        };
        op = await send(ops, sellerA, "recordSale", RECORD_SALE, { input }, state);
      }
      if (op.answer === "NO_ANSWER") return;
    }
  };

  const processing = async () => {
    for (let n = 0; goOn(n); n++) {
      const page = await send(ops, sellerB, "pendingWithdrawals", PENDING_WITHDRAWALS, {}, state);
      if (page.answer !== "ok") return;
      const pending = page.data.withdrawals.nodes;
      if (pending.length === 0) continue;
      const status = pick(["APPROVED", "REJECTED", "PENDING"]);
      const input = {
        withdrawalId: pick(pending).id,
        status,
        receiptNumber: `${tag}-R${n}`,
        paidOn: today(),
        note: `${tag} ${status}`,
      };
      const op = await send(
        ops,
        sellerB,
        "processWithdrawal",
        PROCESS_WITHDRAWAL,
        { input },
        state,
      );
      if (op.answer === "NO_ANSWER") return;
    }
  };

  const requests = (affiliate) => async () => {
    for (let n = 0; goOn(n); n++) {
      const input = {
        affiliateId: affiliate.affiliateId,
        amount: saleAmount(between(1, 100)),
        idempotencyKey: `${tag}-${affiliate.affiliateId}-${n}`,
      };
      const op = await send(
        ops,
        affiliate.client,
        "requestWithdrawal",
        REQUEST_WITHDRAWAL,
        { input },
        state,
      );
      if (op.answer === "NO_ANSWER") return;
    }
  };

  await Promise.all([sales(), processing(), ...clients.affiliates.map((a) => requests(a)())]);
  return ops;
}

/** How many operations got each answer, per kind. */
export function tally(ops) {
  const counts = {};
  for (const op of ops) {
    counts[op.kind] ??= {};
    counts[op.kind][op.answer] = (counts[op.kind][op.answer] ?? 0) + 1;
  }
  return counts;
}
