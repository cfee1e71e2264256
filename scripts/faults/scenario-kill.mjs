// (a) SIGKILL the server in the middle of a burst of money mutations, restart it, check the money.
import { assertMoneyInvariants } from "./lib/db.mjs";
import { errorCode } from "./lib/graphql.mjs";
import { seconds, sleep, startServerProcess } from "./lib/server.mjs";
import { mutationBurst, tally } from "./lib/workload.mjs";

/** What a retry of an unanswered call may answer: the call either committed before the kill or not. */
const RETRY_ANSWERS = {
  recordSale: ["ok"],
  reverseSale: ["ok"],
  requestWithdrawal: ["ok", "INSUFFICIENT_FUNDS"],
  processWithdrawal: ["ok", "INVALID_TRANSITION"],
  pendingWithdrawals: ["ok"],
};

export async function killDuringBurst({ server, clients, connection, databaseUrl, logFile, say }) {
  const state = { stop: false, inFlight: 0 };
  const killAfterMs = 800 + Math.floor(Math.random() * 700);
  const burst = mutationBurst({ clients, tag: "KILL", state, maxOps: 2_000, maxMs: 20_000 });
  await sleep(killAfterMs);
  const inFlightAtKill = state.inFlight;
  const killedAt = Date.now();
  server.child.kill("SIGKILL");
  const killed = await server.exited;
  const ops = await burst;
  const unanswered = ops.filter((op) => op.answer === "NO_ANSWER");
  // Sent before the kill and never answered: the server died while it had them.
  const cutOff = unanswered.filter((op) => op.sentAt < killedAt);
  const cutOffWrites = cutOff.filter((op) => op.kind !== "pendingWithdrawals");
  say(
    `  SIGKILL after ${seconds(killAfterMs)} of burst: ${ops.length} mutations/reads sent, ` +
      `${inFlightAtKill} in flight at the kill, ${unanswered.length} got no answer, ` +
      `${cutOff.length} of them sent before the kill (${cutOffWrites.length} mutations) (exit: ${killed.signal})`,
  );
  say(`  answers before the kill: ${JSON.stringify(tally(ops))}`);
  if (!ops.some((op) => op.answer === "ok" && op.kind !== "pendingWithdrawals")) {
    throw new Error("the burst wrote nothing before the kill: the scenario proved nothing");
  }
  if (inFlightAtKill === 0 || cutOffWrites.length === 0) {
    throw new Error(
      `no mutation was in flight at the kill (${inFlightAtKill} requests in flight, ` +
        `${cutOff.length} cut off, ${cutOffWrites.length} of them mutations): the scenario proved nothing`,
    );
  }
  say(`  ${await assertMoneyInvariants(connection, "right after the kill")}`);

  const restarted = await startServerProcess({ databaseUrl, port: server.port, logFile });
  say(`  restarted on the same database and port: healthy in ${seconds(restarted.startMs)}`);
  // The clients retry what went unanswered (as a checkout or a browser would): each call counts once.
  const retried = {};
  for (const op of unanswered) {
    const answer = await op.client.request(op.query, op.variables);
    const code = errorCode(answer) ?? "ok";
    if (!RETRY_ANSWERS[op.kind].includes(code)) {
      throw new Error(`retrying ${op.kind} ${JSON.stringify(op.variables)} answered ${code}`);
    }
    retried[`${op.kind} ${code}`] = (retried[`${op.kind} ${code}`] ?? 0) + 1;
    op.answer = code;
  }
  say(`  retried the unanswered calls after the restart: ${JSON.stringify(retried)}`);

  const saleOrders = new Set(
    ops.filter((op) => op.kind === "recordSale").map((op) => op.variables.input.orderId),
  );
  const [[{ commissions }]] = await connection.query(
    "SELECT COUNT(*) AS commissions FROM commissions WHERE order_id LIKE 'KILL-%'",
  );
  if (Number(commissions) !== saleOrders.size) {
    throw new Error(`${saleOrders.size} orders were sent but ${commissions} commissions exist`);
  }
  const keys = ops.filter((op) => op.kind === "requestWithdrawal" && op.answer === "ok").length;
  const [[{ withdrawals }]] = await connection.query(
    "SELECT COUNT(*) AS withdrawals FROM withdrawals WHERE idempotency_key LIKE 'KILL-%'",
  );
  if (Number(withdrawals) !== keys) {
    throw new Error(`${keys} withdrawal requests succeeded but ${withdrawals} withdrawals exist`);
  }
  say(
    `  ${saleOrders.size} orders → ${commissions} commissions; ${keys} accepted requests → ${withdrawals} withdrawals`,
  );
  say(`  ${await assertMoneyInvariants(connection, "after the restart and the retries")}`);
  return restarted;
}
