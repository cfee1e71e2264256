// (c) SIGTERM: requests in flight finish with 200, new connections are refused, the exit code is 0.
import { DEMO_PASSWORD, DEMO_SELLER_EMAIL, connectTo } from "./lib/db.mjs";
import { GraphQLClient, NoAnswer, REQUEST_WITHDRAWAL } from "./lib/graphql.mjs";
import { connectionRefused, seconds, sleep, waitFor } from "./lib/server.mjs";

const HELD_REQUESTS = 4; // below the pool size (5), so logins still get a connection
const HOLD_AFTER_SIGNAL_MS = 1_000;

const settle = (request) =>
  request.then(
    (answer) => ({ ...answer, at: Date.now() }),
    (error) => ({ status: error instanceof NoAnswer ? error.code : String(error), at: Date.now() }),
  );

/**
 * Requests are made slow on purpose: withdrawal requests wait on a row lock this script holds, and
 * logins hash with argon2. SIGTERM comes while they wait; the lock is released a second later.
 */
export async function gracefulSigterm({ server, clients, databaseUrl, say }) {
  const affiliate = clients.affiliates[0];
  const rival = await connectTo(databaseUrl);
  let answers;
  let exit;
  let signalledAt;
  let refusedAt = 0;
  let releasedAt;
  try {
    await rival.query("START TRANSACTION");
    await rival.query("SELECT id FROM affiliates WHERE id = ? FOR UPDATE", [affiliate.affiliateId]);
    const held = Array.from({ length: HELD_REQUESTS }, (_, n) =>
      affiliate.client.request(
        REQUEST_WITHDRAWAL,
        {
          input: {
            affiliateId: affiliate.affiliateId,
            amount: "0.01",
            idempotencyKey: `SIGTERM-${Date.now()}-${n}`,
          },
        },
        { timeoutMs: 20_000 },
      ),
    );
    const logins = [DEMO_SELLER_EMAIL, ...clients.everyone.map((a) => a.email)].map((email) =>
      new GraphQLClient(server.url).request(
        "mutation Login($input: LoginInput!) { login(input: $input) { id } }",
        { input: { email, password: DEMO_PASSWORD } },
        { timeoutMs: 20_000 },
      ),
    );
    const inFlight = [...held, ...logins].map(settle);
    const waiting = await waitFor(async () => {
      const [rows] = await rival.query(
        `SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX t
         JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
         WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()`,
      );
      return Number(rows[0].n) >= HELD_REQUESTS;
    }, 5_000);
    if (!waiting) throw new Error("the withdrawal requests never waited on the lock");
    signalledAt = Date.now();
    server.child.kill("SIGTERM");
    if (await waitFor(() => connectionRefused(server.port), 2_000)) refusedAt = Date.now();
    await sleep(Math.max(0, HOLD_AFTER_SIGNAL_MS - (Date.now() - signalledAt)));
    releasedAt = Date.now();
    await rival.query("ROLLBACK");
    answers = await Promise.all(inFlight);
    exit = await Promise.race([server.exited, sleep(15_000).then(() => null)]);
  } finally {
    await rival.end();
  }
  const exitedAt = Date.now();
  const ok = answers.filter((a) => a.status === 200 && a.body?.data && !a.body.errors);
  const afterSignal = answers.filter((a) => a.at > signalledAt).length;
  say(
    `  ${answers.length} requests in flight at SIGTERM (${HELD_REQUESTS} withdrawal requests held ` +
      `on a row lock, ${answers.length - HELD_REQUESTS} logins); ${afterSignal} answered after the signal`,
  );
  say(
    `  new connections refused ${refusedAt ? seconds(refusedAt - signalledAt) : "NEVER"} after ` +
      `SIGTERM; lock released at +${seconds(releasedAt - signalledAt)}; ${ok.length}/${answers.length} ` +
      `answered 200 with data; exit ${JSON.stringify(exit)} at +${seconds(exitedAt - signalledAt)}`,
  );
  if (ok.length !== answers.length) {
    const bad = answers
      .filter((a) => !ok.includes(a))
      .map((a) => a.body?.errors?.[0]?.extensions?.code ?? a.status);
    throw new Error(`in-flight requests did not all finish with 200: ${JSON.stringify(bad)}`);
  }
  if (afterSignal < HELD_REQUESTS)
    throw new Error("the held requests were answered before SIGTERM");
  if (!refusedAt) throw new Error("new connections were still accepted 2 s after SIGTERM");
  if (!exit || exit.code !== 0 || exit.signal)
    throw new Error(`the server exited with ${JSON.stringify(exit)}`);
}
