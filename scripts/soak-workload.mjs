// The soak's traffic: a seller and its affiliates reading and writing, as the screens and checkout do.
import {
  AFFILIATES,
  MY_BALANCE,
  PAYOUT_SUMMARY,
  PENDING_WITHDRAWALS,
  PROCESS_WITHDRAWAL,
  RECORD_SALE,
  REQUEST_WITHDRAWAL,
  REVERSE_SALE,
  NoAnswer,
  saleAmount,
  today,
} from "./faults/lib/graphql.mjs";
import { between, pick } from "./faults/lib/workload.mjs";

/** Answers a healthy server gives to valid calls racing each other (not failures). */
export const DOMAIN_CODES = new Set(["INSUFFICIENT_FUNDS", "INVALID_TRANSITION"]);

const ME = `query { me { id affiliateAccounts { id pendingWithdrawalCount balance { available { amount } } } } }`;

export class SoakStats {
  requests = 0;
  byOperation = {};
  fivexx = 0;
  noAnswer = 0;
  domainErrors = 0;
  unexpected = {};
  latenciesMs = [];

  record(operation, startedAt, answer, error) {
    const ms = performance.now() - startedAt;
    this.requests++;
    this.latenciesMs.push(ms);
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    if (error) {
      this.noAnswer++;
      this.unexpected[`${operation} ${error.code}`] =
        (this.unexpected[`${operation} ${error.code}`] ?? 0) + 1;
      return;
    }
    if (answer.status >= 500) this.fivexx++;
    const code = answer.body.errors?.[0]?.extensions?.code;
    if (!code) return;
    if (DOMAIN_CODES.has(code)) this.domainErrors++;
    else
      this.unexpected[`${operation} ${code}`] = (this.unexpected[`${operation} ${code}`] ?? 0) + 1;
  }

  percentile(p) {
    const sorted = [...this.latenciesMs].sort((a, b) => a - b);
    return sorted.length
      ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
      : NaN;
  }
}

/** One of the 32 loops: a seller loop or an affiliate loop, 75 % reads, until `state.stop`. */
export async function soakLoop({ index, seller, affiliates, state, stats, deadline }) {
  const send = async (operation, client, query, variables) => {
    const startedAt = performance.now();
    try {
      const answer = await client.request(query, variables, { timeoutMs: 10_000 });
      stats.record(operation, startedAt, answer);
      return answer;
    } catch (error) {
      if (!(error instanceof NoAnswer)) throw error;
      stats.record(operation, startedAt, null, error);
      return null;
    }
  };
  const isSeller = index % 4 === 0;
  const me = affiliates[index % affiliates.length];
  for (let n = 0; !state.stop && Date.now() < deadline; n++) {
    const write = Math.random() < 0.25;
    if (isSeller && !write) {
      const which = pick(["affiliates", "pending", "summary"]);
      if (which === "affiliates") await send("affiliates", seller, AFFILIATES);
      else if (which === "summary") await send("payoutSummary", seller, PAYOUT_SUMMARY);
      else {
        const page = await send("withdrawals", seller, PENDING_WITHDRAWALS);
        const ids = page?.body.data?.withdrawals.nodes.map((w) => w.id) ?? [];
        if (ids.length) state.pendingIds = ids;
      }
    } else if (isSeller) {
      const roll = Math.random();
      if (roll < 0.5) {
        const affiliate = pick(affiliates);
        const orderId = `SOAK-${index}-${n}-${Date.now()}`;
        const input = {
          referralCode: affiliate.referralCode,
          offerId: pick(affiliate.offerIds),
          orderId,
          saleAmount: saleAmount(between(1_000, 30_000)),
        };
        const answer = await send("recordSale", seller, RECORD_SALE, { input });
        if (answer?.body.data && state.orders.length < 500) state.orders.push(orderId);
      } else if (roll < 0.9 && state.pendingIds.length) {
        const withdrawalId = pick(state.pendingIds);
        const status = pick(["APPROVED", "REJECTED", "PENDING"]);
        const input = {
          withdrawalId,
          status,
          receiptNumber: `SOAK-${n}`,
          paidOn: today(),
          note: "soak",
        };
        await send("processWithdrawal", seller, PROCESS_WITHDRAWAL, { input });
      } else if (state.orders.length) {
        const orderId = state.orders.splice(between(0, state.orders.length - 1), 1)[0];
        await send("reverseSale", seller, REVERSE_SALE, { orderId });
      }
    } else if (!write) {
      if (Math.random() < 0.5) await send("me", me.client, ME);
      else await send("affiliate", me.client, MY_BALANCE, { id: me.affiliateId });
    } else {
      const input = {
        affiliateId: me.affiliateId,
        amount: saleAmount(between(1, 300)),
        idempotencyKey: `SOAK-${state.phase}-${index}-${n}`,
      };
      await send("requestWithdrawal", me.client, REQUEST_WITHDRAWAL, { input });
    }
  }
}
