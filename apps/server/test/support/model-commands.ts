// Random command sequences for the money model, and the check of a concurrent batch against it.
import fc from "fast-check";
import {
  MoneyModel,
  availableOf,
  describeOutcome,
  type Action,
  type Decision,
  type Outcome,
} from "./model";

export const AFFILIATES = 2;
export const MAX_COMMANDS_PER_RUN = 25;

/** A command before it meets the model: `pick` chooses among the orders or withdrawals known then. */
export type Command =
  | { kind: "sale"; affiliate: number; offer: number; saleCents: number }
  | { kind: "replaySale"; pick: number; changeAmount: boolean }
  | { kind: "reverse"; pick: number }
  | {
      kind: "request";
      affiliate: number;
      /** An amount near what is available (to hit the boundary), or an absolute one. */
      amount: { near: "available"; deltaCents: number } | { near: "zero"; cents: number };
      key: string | null;
    }
  | { kind: "process"; pick: number; decision: Decision };

/** One step: a single call, or 2–5 calls issued at once (Promise.all). */
export interface Step {
  concurrent: boolean;
  commands: Command[];
}

const affiliate = fc.integer({ min: 0, max: AFFILIATES - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("sale" as const),
      affiliate,
      offer: fc.integer({ min: 0, max: 1 }),
      saleCents: fc.integer({ min: 1, max: 50_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("replaySale" as const),
      pick: fc.nat(),
      changeAmount: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("request" as const),
      affiliate,
      amount: fc.oneof(
        fc.record({
          near: fc.constant("available" as const),
          deltaCents: fc.integer({ min: -3, max: 3 }),
        }),
        fc.record({
          near: fc.constant("zero" as const),
          cents: fc.integer({ min: 1, max: 3_000 }),
        }),
      ),
      key: fc.option(fc.constantFrom("k1", "k2", "k3"), { nil: null }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("process" as const),
      pick: fc.nat(),
      decision: fc.constantFrom<Decision>("APPROVED", "REJECTED", "PENDING"),
    }),
  },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: command.map((c) => ({ concurrent: false, commands: [c] })) },
  {
    weight: 1,
    arbitrary: fc
      .array(command, { minLength: 2, maxLength: 5 })
      .map((commands) => ({ concurrent: true, commands })),
  },
);

/** Steps holding at most MAX_COMMANDS_PER_RUN commands in all. */
export const steps: fc.Arbitrary<Step[]> = fc
  .array(step, { minLength: 1, maxLength: MAX_COMMANDS_PER_RUN, size: "max" })
  .map((all) => {
    let total = 0;
    return all.filter((s) => (total += s.commands.length) <= MAX_COMMANDS_PER_RUN);
  });

export const offers = fc.record({
  percentHundredths: fc.integer({ min: 0, max: 10_000 }),
  flatCents: fc.integer({ min: 1, max: 5_000 }),
});

/** The concrete call a command makes, given the model before its step. */
export function resolve(cmd: Command, model: MoneyModel, nextOrderId: () => string): Action {
  const orders = [...model.orders.entries()];
  const withdrawalIds = [...model.withdrawals.keys()];
  switch (cmd.kind) {
    case "sale":
      return { ...cmd, kind: "recordSale", orderId: nextOrderId() };
    case "replaySale": {
      if (orders.length === 0)
        return {
          kind: "recordSale",
          affiliate: 0,
          offer: 0,
          orderId: nextOrderId(),
          saleCents: 1_000,
        };
      const [orderId, order] = orders[cmd.pick % orders.length]!;
      const saleCents = order.saleCents + (cmd.changeAmount ? 1 : 0);
      return {
        kind: "recordSale",
        affiliate: order.affiliate,
        offer: order.offer,
        orderId,
        saleCents,
      };
    }
    case "reverse":
      return {
        kind: "reverseSale",
        orderId: orders.length ? orders[cmd.pick % orders.length]![0] : "never-recorded",
      };
    case "request": {
      const available = availableOf(model.balances[cmd.affiliate]!);
      const amountCents =
        cmd.amount.near === "zero"
          ? cmd.amount.cents
          : Math.max(1, available + cmd.amount.deltaCents);
      return {
        kind: "requestWithdrawal",
        affiliate: cmd.affiliate,
        amountCents,
        idempotencyKey: cmd.key,
      };
    }
    case "process":
      return {
        kind: "processWithdrawal",
        withdrawalId: withdrawalIds.length
          ? withdrawalIds[cmd.pick % withdrawalIds.length]!
          : "999999999",
        decision: cmd.decision,
      };
  }
}

function* permutations(indexes: number[]): Generator<number[]> {
  if (indexes.length <= 1) {
    yield indexes;
    return;
  }
  for (const [position, first] of indexes.entries()) {
    const rest = [...indexes.slice(0, position), ...indexes.slice(position + 1)];
    for (const tail of permutations(rest)) yield [first, ...tail];
  }
}

/**
 * The model after a batch that ran at once: some order of the calls must explain every answer
 * (linearizability). Throws with the answers when no order does.
 */
export function linearize(model: MoneyModel, actions: Action[], outcomes: Outcome[]): MoneyModel {
  let firstMismatch = "";
  for (const order of permutations(actions.map((_, index) => index))) {
    const candidate = model.clone();
    const mismatch = order
      .map((index) => candidate.apply(actions[index]!, outcomes[index]!))
      .find((reason) => reason !== null);
    if (mismatch === undefined) return candidate;
    firstMismatch ||= mismatch;
  }
  const calls = actions.map((a, n) => `${JSON.stringify(a)} → ${describeOutcome(outcomes[n]!)}`);
  throw new Error(
    `no order of the batch explains its answers (${firstMismatch}):\n${calls.join("\n")}`,
  );
}
