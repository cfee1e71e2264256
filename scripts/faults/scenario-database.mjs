// (b) The database goes away under load (a private mariadbd): fast clear failures, then self-recovery.
import { AFFILIATES, RECORD_SALE, errorCode, saleAmount } from "./lib/graphql.mjs";
import { health, seconds, sleep } from "./lib/server.mjs";

const FAIL_WITHIN_MS = 5_000;
const RECOVER_WITHIN_MS = 10_000;
/** Long enough for a request stuck behind a frozen database to show it overran the 5 s limit. */
const OUTAGE_MS = { SIGKILL: 3_000, SIGSTOP: 7_000 };

/** Sends one request and records it: when it started, how long it took, what it answered. */
async function timed(requests, name, send) {
  const record = { name, startedAt: Date.now(), ms: null, status: null, code: "IN_FLIGHT" };
  requests.push(record);
  let answer;
  try {
    answer = await send();
  } catch (error) {
    answer = { status: 0, body: { errors: [{ extensions: { code: error.code } }] } };
  }
  Object.assign(record, {
    ms: Date.now() - record.startedAt,
    status: answer.status,
    code: errorCode(answer) ?? "ok",
  });
  return record;
}

const read = (client) => client.request(AFFILIATES, {}, { timeoutMs: 15_000 });
const sale = (client, affiliate, orderId) =>
  client.request(
    RECORD_SALE,
    {
      input: {
        referralCode: affiliate.referralCode,
        offerId: affiliate.offerIds[0],
        orderId,
        saleAmount: saleAmount(1_000 + (orderId.length % 100)),
      },
    },
    { timeoutMs: 15_000 },
  );

/** Reads and sales in 4 loops; runs until `state.stop` (bounded: 60 s, 5,000 requests). */
function backgroundLoad(clients, state) {
  const requests = [];
  const deadline = Date.now() + 60_000;
  const [seller] = clients.sellers;
  const affiliate = clients.affiliates[0];
  const loop = async (name) => {
    for (let n = 0; !state.stop && Date.now() < deadline && requests.length < 5_000; n++) {
      const record = await timed(requests, name, () =>
        name.startsWith("sales")
          ? sale(seller, affiliate, `DB-${name}-${n}-${Date.now()}`)
          : read(seller),
      );
      if (record.code !== "ok") await sleep(50);
    }
  };
  const probe = (tag) =>
    Promise.all([
      timed(requests, "probe-read", () => read(seller)),
      timed(requests, "probe-sale", () => sale(seller, affiliate, `DB-probe-${tag}-${Date.now()}`)),
    ]);
  return { requests, probe, done: Promise.all(["reads", "reads2", "sales", "sales2"].map(loop)) };
}

/** One outage (`how`: SIGKILL, or SIGSTOP until SIGCONT) measured end to end. */
async function outage({ how, mariadb, server, load, say }) {
  const faultAt = Date.now();
  mariadb.signal(how);
  await sleep(500);
  const probes = load.probe(how); // fresh requests, whatever the loops are stuck on
  await sleep(OUTAGE_MS[how] - 3_000);
  const healthStartedAt = Date.now();
  const healthDuring = await health(server.url, 4_000);
  const healthMs = Date.now() - healthStartedAt;
  await sleep(Math.max(0, faultAt + OUTAGE_MS[how] - Date.now()));
  // Every request in flight at the fault or sent during it: how long after the fault (or after it
  // was sent) it took to fail, or has waited so far.
  const now = Date.now();
  const during = load.requests.filter(
    (r) => (r.ms === null || r.startedAt + r.ms > faultAt) && r.startedAt < now,
  );
  const waited = (r) => (r.ms === null ? now : r.startedAt + r.ms) - Math.max(r.startedAt, faultAt);
  const slowest = Math.max(0, ...during.map(waited));
  const answerOf = (r) => (r.ms === null ? "no answer yet" : `${r.status} ${r.code}`);
  const codes = [...new Set(during.filter((r) => r.startedAt >= faultAt).map(answerOf))];
  say(
    `  ${how} mariadbd: ${during.length} requests in flight or sent during the outage; the slowest waited ` +
      `${seconds(slowest)}, answers ${JSON.stringify(codes)}; /health ${healthDuring} in ${seconds(healthMs)}`,
  );
  const restartAt = Date.now();
  if (how === "SIGSTOP") mariadb.signal("SIGCONT");
  else await mariadb.start();
  const upAt = Date.now();
  let recoveredAt = 0;
  while (!recoveredAt && Date.now() - upAt < 30_000) {
    const read = await server.seller
      .request(AFFILIATES, {}, { timeoutMs: 5_000 })
      .catch(() => null);
    if ((await health(server.url)) === 200 && read && !errorCode(read)) recoveredAt = Date.now();
    else await sleep(100);
  }
  const recoveryMs = recoveredAt ? recoveredAt - upAt : Infinity;
  const probed = await probes;
  say(
    `  the requests sent 0.5 s into the outage answered: ${probed.map((r) => `${r.name} ${r.status} ${r.code} after ${seconds(r.ms)}`).join("; ")}`,
  );
  say(
    `  mariadbd back after ${seconds(upAt - restartAt)}; the server recovered by itself ` +
      `${recoveredAt ? seconds(recoveryMs) : "NEVER (30 s)"} later (/health 200 and a GraphQL read)`,
  );
  const problems = [];
  if (during.length < 2) problems.push("no request was made during the outage");
  // A frozen (not dead) database keeps TCP up and answers nothing: the request deadline answers.
  if (slowest > FAIL_WITHIN_MS) {
    problems.push(`requests waited ${seconds(slowest)} with no answer (limit 5 s)`);
  }
  const answered = codes.filter((c) => c !== "no answer yet");
  const unclear = answered.filter((c) => c !== "503 SERVICE_UNAVAILABLE");
  if (unclear.length) problems.push(`unclear answers during the outage: ${unclear.join(", ")}`);
  if (healthDuring !== 503)
    problems.push(`/health answered ${healthDuring} during the outage, not 503`);
  if (recoveryMs > RECOVER_WITHIN_MS)
    problems.push(`recovery took ${seconds(recoveryMs)} (limit 10 s)`);
  return { how, slowestMs: slowest, recoveryMs, problems };
}

export async function databaseOutages({ mariadb, server, clients, say }) {
  const state = { stop: false };
  const load = backgroundLoad(clients, state);
  const context = { mariadb, server: { ...server, seller: clients.sellers[1] }, load, say };
  await sleep(1_000);
  const results = [];
  try {
    for (const how of ["SIGKILL", "SIGSTOP"]) {
      results.push(await outage({ how, ...context }));
      await sleep(1_000);
    }
  } finally {
    state.stop = true;
    await load.done;
  }
  const after = load.requests.slice(-20).filter((r) => r.code === "ok").length;
  say(`  load: ${load.requests.length} requests in all; ${after}/20 of the last ones succeeded`);
  return results;
}
