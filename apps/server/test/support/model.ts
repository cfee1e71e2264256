// A model of one seller's money, kept apart from the services: what each call must answer and do.

/** sale × percent / 100 rounded half-up, as quotient and remainder (not the service's formula). */
export function halfUpPercentageCents(saleCents: number, percentHundredths: number): number {
  const scaled = BigInt(saleCents) * BigInt(percentHundredths);
  const whole = scaled / 10_000n;
  const remainder = scaled % 10_000n;
  return Number(remainder * 2n >= 10_000n ? whole + 1n : whole);
}

export interface ModelOffer {
  commissionType: "PERCENTAGE" | "FLAT";
  /** Percent × 100, or cents for FLAT. */
  commissionValue: number;
}

export type Decision = "APPROVED" | "REJECTED" | "PENDING";

/** One call, resolved to concrete arguments (affiliate and offer are indexes into the program's). */
export type Action =
  | { kind: "recordSale"; affiliate: number; offer: number; orderId: string; saleCents: number }
  | { kind: "reverseSale"; orderId: string }
  | {
      kind: "requestWithdrawal";
      affiliate: number;
      amountCents: number;
      idempotencyKey: string | null;
    }
  | { kind: "processWithdrawal"; withdrawalId: string; decision: Decision };

/** What a call answered: the record's id, amount and status, or the error's code. */
export type Outcome =
  | { ok: true; id: string; amountCents: number; status: string | null }
  | { ok: false; code: string };

export interface ModelBalance {
  earnedCents: number;
  pendingCents: number;
  paidCents: number;
  salesCount: number;
  pendingCount: number;
  approvedCount: number;
  rejectedCount: number;
}

interface ModelOrder {
  affiliate: number;
  offer: number;
  saleCents: number;
  amountCents: number;
  commissionId: string;
  reversed: boolean;
}

interface ModelWithdrawal {
  affiliate: number;
  amountCents: number;
  status: Decision;
}

const emptyBalance = (): ModelBalance => ({
  earnedCents: 0,
  pendingCents: 0,
  paidCents: 0,
  salesCount: 0,
  pendingCount: 0,
  approvedCount: 0,
  rejectedCount: 0,
});

export const availableOf = (balance: ModelBalance): number =>
  balance.earnedCents - balance.pendingCents - balance.paidCents;

export class MoneyModel {
  balances: ModelBalance[];
  orders = new Map<string, ModelOrder>();
  withdrawals = new Map<string, ModelWithdrawal>();
  /** "<affiliate>:<key>" → the withdrawal the key made. */
  keys = new Map<string, string>();
  /** How many withdrawal events the history must hold. */
  eventCount = 0;

  constructor(
    readonly offers: ModelOffer[],
    affiliateCount: number,
  ) {
    this.balances = Array.from({ length: affiliateCount }, emptyBalance);
  }

  clone(): MoneyModel {
    const copy = new MoneyModel(this.offers, 0);
    copy.balances = this.balances.map((balance) => ({ ...balance }));
    copy.orders = new Map([...this.orders].map(([id, order]) => [id, { ...order }]));
    copy.withdrawals = new Map([...this.withdrawals].map(([id, w]) => [id, { ...w }]));
    copy.keys = new Map(this.keys);
    copy.eventCount = this.eventCount;
    return copy;
  }

  commissionOf(offer: number, saleCents: number): number {
    const { commissionType, commissionValue } = this.offers[offer]!;
    return commissionType === "FLAT"
      ? commissionValue
      : halfUpPercentageCents(saleCents, commissionValue);
  }

  /**
   * Runs `action` on the model as if it ran alone, given what the real call answered: null when the
   * answer is the one the model predicts (the model then holds the new state), else what differs.
   */
  apply(action: Action, actual: Outcome): string | null {
    const expected = this.predict(action);
    if (expected.code !== null) {
      return !actual.ok && actual.code === expected.code
        ? null
        : `expected ${expected.code}, got ${describeOutcome(actual)}`;
    }
    if (!actual.ok) return `expected success, got ${actual.code}`;
    const mismatch = expected.check(actual);
    if (mismatch) return mismatch;
    expected.commit(actual);
    return null;
  }

  private predict(action: Action):
    | { code: string; check?: never; commit?: never }
    | {
        code: null;
        check(outcome: Extract<Outcome, { ok: true }>): string | null;
        commit(outcome: Extract<Outcome, { ok: true }>): void;
      } {
    const same = (id: string, amountCents: number, status: string | null = null) => ({
      code: null,
      check: (o: Extract<Outcome, { ok: true }>) =>
        o.id === id && o.amountCents === amountCents && (status === null || o.status === status)
          ? null
          : `expected ${id}/${amountCents}/${status ?? "-"}, got ${describeOutcome(o)}`,
    });
    switch (action.kind) {
      case "recordSale": {
        const known = this.orders.get(action.orderId);
        if (known) {
          const samePayload =
            known.affiliate === action.affiliate &&
            known.offer === action.offer &&
            known.saleCents === action.saleCents;
          if (!samePayload) return { code: "CONFLICT" };
          return { ...same(known.commissionId, known.amountCents), commit: () => {} };
        }
        const amountCents = this.commissionOf(action.offer, action.saleCents);
        return {
          code: null,
          check: (o) => this.newId(o, amountCents, null, (id) => this.isCommissionId(id)),
          commit: (o) => {
            this.orders.set(action.orderId, {
              ...action,
              amountCents,
              commissionId: o.id,
              reversed: false,
            });
            this.balances[action.affiliate]!.earnedCents += amountCents;
            this.balances[action.affiliate]!.salesCount += 1;
          },
        };
      }
      case "reverseSale": {
        const order = this.orders.get(action.orderId);
        if (!order) return { code: "NOT_FOUND" };
        return {
          ...same(order.commissionId, order.amountCents),
          commit: () => {
            if (order.reversed) return;
            order.reversed = true;
            this.balances[order.affiliate]!.earnedCents -= order.amountCents;
            this.balances[order.affiliate]!.salesCount -= 1;
          },
        };
      }
      case "requestWithdrawal": {
        const keyName = `${action.affiliate}:${action.idempotencyKey}`;
        const replayed = action.idempotencyKey === null ? undefined : this.keys.get(keyName);
        if (replayed !== undefined) {
          const withdrawal = this.withdrawals.get(replayed)!;
          if (withdrawal.amountCents !== action.amountCents) return { code: "CONFLICT" };
          return { ...same(replayed, withdrawal.amountCents, withdrawal.status), commit: () => {} };
        }
        const balance = this.balances[action.affiliate]!;
        if (action.amountCents > availableOf(balance)) return { code: "INSUFFICIENT_FUNDS" };
        return {
          code: null,
          check: (o) =>
            this.newId(o, action.amountCents, "PENDING", (id) => this.withdrawals.has(id)),
          commit: (o) => {
            const { affiliate, amountCents } = action;
            this.withdrawals.set(o.id, { affiliate, amountCents, status: "PENDING" });
            if (action.idempotencyKey !== null) this.keys.set(keyName, o.id);
            balance.pendingCents += amountCents;
            balance.pendingCount += 1;
            this.eventCount += 1;
          },
        };
      }
      case "processWithdrawal": {
        const withdrawal = this.withdrawals.get(action.withdrawalId);
        if (!withdrawal) return { code: "NOT_FOUND" };
        if (withdrawal.status !== "PENDING") return { code: "INVALID_TRANSITION" };
        return {
          ...same(action.withdrawalId, withdrawal.amountCents, action.decision),
          commit: () => {
            const balance = this.balances[withdrawal.affiliate]!;
            this.eventCount += 1;
            withdrawal.status = action.decision;
            if (action.decision === "PENDING") return;
            balance.pendingCents -= withdrawal.amountCents;
            balance.pendingCount -= 1;
            if (action.decision === "APPROVED") {
              balance.paidCents += withdrawal.amountCents;
              balance.approvedCount += 1;
            } else {
              balance.rejectedCount += 1;
            }
          },
        };
      }
    }
  }

  private newId(
    o: Extract<Outcome, { ok: true }>,
    amountCents: number,
    status: string | null,
    known: (id: string) => boolean,
  ): string | null {
    if (known(o.id)) return `expected a new record, got the known ${o.id}`;
    if (o.amountCents !== amountCents)
      return `expected ${amountCents} cents, got ${describeOutcome(o)}`;
    if (status !== null && o.status !== status)
      return `expected ${status}, got ${describeOutcome(o)}`;
    return null;
  }

  private isCommissionId(id: string): boolean {
    return [...this.orders.values()].some((order) => order.commissionId === id);
  }
}

export const describeOutcome = (outcome: Outcome): string =>
  outcome.ok ? `ok ${outcome.id}/${outcome.amountCents}/${outcome.status ?? "-"}` : outcome.code;
