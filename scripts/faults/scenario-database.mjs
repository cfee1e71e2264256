// (b) The database goes away under load (a private mariadbd): fast clear failures, then self-recovery.
import { AFFILIATES, RECORD_SALE, errorCode, saleAmount } from "./lib/graphql.mjs";
import { health, seconds, sleep } from "./lib/server.mjs";

const FAIL_WITHIN_MS = 5_000;
const RECOVER_WITHIN_MS = 10_000;
/** How long requests keep being sent into the outage (a frozen database must outlast the deadline). */
const SENDING_MS = { SIGKILL: 3_000, SIGSTOP: 7_000 };
const OUTAGE_ANSWER = "503 SERVICE_UNAVAILABLE";

/**
 * Sends one request and records it: when it started, when it settled (null while in flight) and what
 * it answered ("IN_FLIGHT" until then). Resolves with the record once the request settles.
 */
function timed(requests, name, send) {
  const record = { name, startedAt: Date.now(), settledAt: null, ms: null, status: null };
  record.code = "IN_FLIGHT";
  record.settled = send()
    .catch((error) => ({
      status: 0,
      body: { errors: [{ extensions: { code: error.code ?? String(error) } }] },
    }))
    .then((answer) => {
      record.settledAt = Date.now();
      Object.assign(record, {
        ms: record.settledAt - record.startedAt,
        status: answer.status,
        code: errorCode(answer) ?? "ok",
      });
      return record;
    });
  requests.push(record);
  return record.settled;
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

/**
 * Reads and sales in 4 loops; runs until `state.stop` (bounded: 90 s, 5,000 requests). `pause()`
 * holds the loops before their next request (so that no request is sent while an outage is being
 * judged), `resume()` lets them go on.
 */
function backgroundLoad(clients, state) {
  const requests = [];
  const deadline = Date.now() + 90_000;
  const [seller] = clients.sellers;
  const affiliate = clients.affiliates[0];
  let open = Promise.resolve();
  let resume = () => {};
  const loop = async (name) => {
    for (let n = 0; !state.stop && Date.now() < deadline && requests.length < 5_000; n++) {
      await open;
      if (state.stop) return;
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
  const done = Promise.all(["reads", "reads2", "sales", "sales2"].map(loop));
  return {
    requests,
    probe,
    done,
    pause: () => {
      open = new Promise((resolve) => (resume = resolve));
    },
    resume: () => resume(),
  };
}

/**
 * The requests an outage starting at `faultAt` must answer: those in flight at the fault (`sent`
 * before it) and those sent during it. Each is judged from its `from`: the fault, or when it was sent.
 */
function requestsOfOutage(requests, faultAt) {
  return requests
    .filter((r) => r.startedAt >= faultAt || r.settledAt === null || r.settledAt > faultAt)
    .map((r) => ({
      record: r,
      sentDuring: r.startedAt >= faultAt,
      from: Math.max(r.startedAt, faultAt),
    }));
}

/** Waits until every request of the outage has settled or is past its deadline (from + limit). */
function settledOrLate(outageRequests, limitMs) {
  return Promise.all(
    outageRequests.map(({ record, from }) => {
      const timer = sleep(Math.max(0, from + limitMs - Date.now()) + 50);
      return Promise.race([record.settled, timer]);
    }),
  );
}

/**
 * What the outage's requests did wrong: each must have been answered within `limitMs` of its
 * `from`; those sent during the outage with the outage code (503 SERVICE_UNAVAILABLE), those in
 * flight at the fault with it or a success (their work may have been done before the fault).
 */
function outageAnswerProblems(outageRequests, limitMs) {
  const problems = [];
  const answer = (r) => `${r.status} ${r.code}`;
  const unanswered = outageRequests.filter(({ record }) => record.settledAt === null);
  if (unanswered.length) {
    problems.push(
      `${unanswered.length} requests still had no answer ${limitMs / 1000} s after they were sent ` +
        `(or after the fault): ${[...new Set(unanswered.map(({ record }) => record.name))].join(", ")}`,
    );
  }
  const late = outageRequests.filter(
    ({ record, from }) => record.settledAt !== null && record.settledAt - from > limitMs,
  );
  if (late.length) {
    const slowest = Math.max(...late.map(({ record, from }) => record.settledAt - from));
    problems.push(
      `${late.length} requests were answered after the ${limitMs / 1000} s limit, the slowest in ${seconds(slowest)}`,
    );
  }
  const unclear = outageRequests.filter(
    ({ record, sentDuring }) =>
      record.settledAt !== null &&
      answer(record) !== OUTAGE_ANSWER &&
      (sentDuring || record.code !== "ok"),
  );
  if (unclear.length) {
    const answers = [...new Set(unclear.map(({ record }) => answer(record)))];
    problems.push(
      `${unclear.length} requests got another answer than ${OUTAGE_ANSWER}: ${answers.join(", ")}`,
    );
  }
  return problems;
}

/** One outage (`how`: SIGKILL, or SIGSTOP until SIGCONT) measured end to end. */
async function outage({ how, mariadb, server, load, say }) {
  const faultAt = Date.now();
  mariadb.signal(how);
  await sleep(500);
  const probes = load.probe(how); // fresh requests, whatever the loops are stuck on
  await sleep(Math.max(0, SENDING_MS[how] - 3_000));
  const healthStartedAt = Date.now();
  const healthDuring = await health(server.url, 4_000);
  const healthMs = Date.now() - healthStartedAt;
  await sleep(Math.max(0, faultAt + SENDING_MS[how] - Date.now()));
  // No more requests into the outage; the database stays down until every one sent has settled or
  // overrun its deadline, so that a request the server left hanging is seen hanging.
  load.pause();
  const sentUntil = Date.now();
  const during = requestsOfOutage(load.requests, faultAt);
  await settledOrLate(during, FAIL_WITHIN_MS);
  const judgedAt = Date.now();
  const problems = outageAnswerProblems(during, FAIL_WITHIN_MS);
  const waited = ({ record, from }) => (record.settledAt ?? judgedAt) - from;
  const slowest = Math.max(0, ...during.map(waited));
  const answers = [
    ...new Set(during.map(({ record }) => `${record.status ?? ""} ${record.code}`.trim())),
  ];
  const sent = during.filter((r) => r.sentDuring).length;
  say(
    `  ${how} mariadbd: ${during.length - sent} requests in flight at the fault, ${sent} sent in the ` +
      `${seconds(sentUntil - faultAt)} after it; all judged ${seconds(judgedAt - sentUntil)} after the ` +
      `last was sent: the slowest took ${seconds(slowest)}, answers ${JSON.stringify(answers)}; ` +
      `/health ${healthDuring} in ${seconds(healthMs)}`,
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
  load.resume();
  const recoveryMs = recoveredAt ? recoveredAt - upAt : Infinity;
  const probed = await probes;
  say(
    `  the requests sent 0.5 s into the outage answered: ${probed.map((r) => `${r.name} ${r.status} ${r.code} after ${seconds(r.ms)}`).join("; ")}`,
  );
  say(
    `  mariadbd back after ${seconds(upAt - restartAt)}; the server recovered by itself ` +
      `${recoveredAt ? seconds(recoveryMs) : "NEVER (30 s)"} later (/health 200 and a GraphQL read)`,
  );
  // The loops send a request at least every 50 ms or so: fewer than 4 means they were not sending.
  if (sent < 4) problems.push(`only ${sent} requests were sent during the outage`);
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
    load.resume();
    await load.done;
  }
  const after = load.requests.slice(-20).filter((r) => r.code === "ok").length;
  say(`  load: ${load.requests.length} requests in all; ${after}/20 of the last ones succeeded`);
  return results;
}
