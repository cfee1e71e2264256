// (d) A real deadlock inside the server: processWithdrawal loses it, is retried, and writes once.
import { randomBytes } from "node:crypto";
import { assertMoneyInvariants, connectTo } from "./lib/db.mjs";
import { PROCESS_WITHDRAWAL, REQUEST_WITHDRAWAL, errorCode, today } from "./lib/graphql.mjs";
import { seconds, sleep, waitFor } from "./lib/server.mjs";

const deadlocks = async (connection) => {
  const [[row]] = await connection.query("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'");
  return Number(row.Value);
};

/**
 * processWithdrawal locks the affiliate row, then updates the withdrawal row. This script holds the
 * withdrawal row first (in a transaction made heavier, so InnoDB picks the server as the victim),
 * waits until the server blocks on it, then asks for the affiliate row: a lock cycle.
 */
export async function deadlockInsideServer({ clients, connection, databaseUrl, say }) {
  const [seller] = clients.sellers;
  const affiliate = clients.affiliates[0];
  const requested = await affiliate.client.request(REQUEST_WITHDRAWAL, {
    input: {
      affiliateId: affiliate.affiliateId,
      amount: "0.01",
      idempotencyKey: `DEADLOCK-${Date.now()}`,
    },
  });
  if (errorCode(requested)) throw new Error(`requestWithdrawal: ${JSON.stringify(requested.body)}`);
  const withdrawalId = requested.body.data.requestWithdrawal.id;
  const marker = `faults-deadlock-${randomBytes(4).toString("hex")}`;
  const before = await deadlocks(connection);

  const rival = await connectTo(databaseUrl);
  const startedAt = Date.now();
  let answer;
  try {
    await rival.query("SET SESSION innodb_lock_wait_timeout = 20");
    await rival.query("START TRANSACTION");
    // Undo records and locks make this transaction the heavier one: InnoDB rolls back the lighter.
    // Not the sellers' rows: processWithdrawal's receipt claim (a foreign key to its seller) would
    // wait on them before it ever reached the withdrawal row.
    await rival.query("UPDATE offers SET price_cents = price_cents + 1");
    await rival.query("SELECT id FROM commissions FOR UPDATE");
    await rival.query("SELECT id FROM withdrawals WHERE id = ? FOR UPDATE", [withdrawalId]);
    const processing = seller.request(PROCESS_WITHDRAWAL, {
      input: { withdrawalId, status: "APPROVED", receiptNumber: marker, paidOn: today() },
    });
    const blocked = await waitFor(async () => {
      const [waiting] = await connection.query(
        "SELECT 1 FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE ?",
        [`%${marker}%`],
      );
      return waiting.length > 0;
    }, 5_000);
    if (!blocked) throw new Error("processWithdrawal never waited on the withdrawal row lock");
    // The cycle: we wait for the affiliate row the server holds; the server waits for our row.
    await rival.query(`SELECT /* ${marker} */ id FROM affiliates WHERE id = ? FOR UPDATE`, [
      affiliate.affiliateId,
    ]);
    await sleep(50);
    await rival.query("ROLLBACK");
    answer = await processing;
  } finally {
    await rival.end();
  }
  const elapsedMs = Date.now() - startedAt;
  if (errorCode(answer) || answer.body.data.processWithdrawal.status !== "APPROVED") {
    throw new Error(`processWithdrawal after the deadlock answered ${JSON.stringify(answer.body)}`);
  }
  const detected = (await deadlocks(connection)) - before;
  const [[status]] = await connection.query("SHOW ENGINE INNODB STATUS");
  const start = status.Status.indexOf("LATEST DETECTED DEADLOCK");
  const latest =
    start < 0 ? "" : status.Status.slice(start, status.Status.indexOf("\nTRANSACTIONS\n", start));
  const rolledBack = /WE ROLL BACK TRANSACTION \((\d)\)/.exec(latest)?.[1];
  // "*** (n) TRANSACTION:" opens each side's part of the report; the victim's must be the server's update.
  const parts = latest.split(/\*\*\* \((\d)\) TRANSACTION:/);
  const victim = parts[parts.indexOf(rolledBack ?? "none") + 1] ?? "";
  const victimQuery = /UPDATE withdrawals[^\n]*/.exec(victim);
  if (detected < 1 || !latest.includes(marker) || !victimQuery) {
    throw new Error(
      `no deadlock with the server as the victim was detected:\n${latest.slice(0, 1500)}`,
    );
  }
  const [events] = await connection.query(
    "SELECT from_status, to_status FROM withdrawal_events WHERE withdrawal_id = ? ORDER BY id",
    [withdrawalId],
  );
  const history = events.map((e) => `${e.from_status ?? "∅"}→${e.to_status}`).join(", ");
  if (history !== "∅→PENDING, PENDING→APPROVED") {
    throw new Error(`withdrawal ${withdrawalId} has the history ${history}`);
  }
  say(
    `  InnoDB deadlock detected (Innodb_deadlocks +${detected}); it rolled back the server's ` +
      `"${victimQuery[0].trim().slice(0, 40)}…", which inTransaction reran: 200 APPROVED in ${seconds(elapsedMs)}`,
  );
  say(`  withdrawal ${withdrawalId} history written once: ${history}`);
  say(`  ${await assertMoneyInvariants(connection, "after the deadlock")}`);
}
