import { MAX_ATTEMPTS, inTransaction } from "../src/db/transaction";
import { createTestDatabase, type TestDatabase } from "./support/database";
import type { Queryable } from "../src/db/sql-values";

// inTransaction against a real InnoDB deadlock: the loser is rerun, and every write lands once.
const DEADLOCK = 1213;

const errnoOf = (error: unknown): number | undefined =>
  (error as { driverError?: { errno?: number }; errno?: number })?.driverError?.errno ??
  (error as { errno?: number })?.errno;

/** A promise with its resolve, to line two transactions up. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("inTransaction and deadlocks", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    await db.dataSource.query("CREATE TABLE counters (id INT PRIMARY KEY, hits INT NOT NULL)");
    await db.dataSource.query(
      "CREATE TABLE writes (id INT AUTO_INCREMENT PRIMARY KEY, tx VARCHAR(10) NOT NULL)",
    );
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    await db.dataSource.query("DELETE FROM writes");
    await db.dataSource.query("DELETE FROM counters");
    await db.dataSource.query("INSERT INTO counters VALUES (1, 0), (2, 0)");
  });

  const writesOf = async () =>
    Object.fromEntries(
      (
        await db.dataSource.query("SELECT tx, COUNT(*) AS n FROM writes GROUP BY tx ORDER BY tx")
      ).map((row: { tx: string; n: unknown }) => [row.tx, Number(row.n)]),
    );

  it("runs every transaction at READ COMMITTED, on every pooled connection", async () => {
    const levels = await Promise.all(
      Array.from({ length: 8 }, () =>
        inTransaction(db.dataSource, async (m) => {
          const [row] = await m.query("SELECT @@tx_isolation AS level");
          await new Promise((resolve) => setTimeout(resolve, 20)); // hold it: use every connection
          return row.level;
        }),
      ),
    );
    expect(new Set(levels)).toEqual(new Set(["READ-COMMITTED"]));
  });

  it("two transactions locking two rows in opposite order: the loser is retried, each writes once", async () => {
    const attempts = { first: 0, second: 0 };
    const errors: number[] = [];
    const locked = { first: signal(), second: signal() };

    /** Writes, locks `own`, waits for the other to lock its row, then locks `other`. */
    const work =
      (tx: "first" | "second", own: number, other: number, otherTx: "first" | "second") =>
      async (m: Queryable) => {
        attempts[tx]++;
        await m.query("INSERT INTO writes (tx) VALUES (?)", [tx]);
        await m.query("SELECT hits FROM counters WHERE id = ? FOR UPDATE", [own]);
        locked[tx].resolve();
        await locked[otherTx].promise;
        try {
          await m.query("SELECT hits FROM counters WHERE id = ? FOR UPDATE", [other]);
        } catch (error) {
          errors.push(errnoOf(error) ?? -1);
          throw error;
        }
        await m.query("UPDATE counters SET hits = hits + 1 WHERE id IN (?, ?)", [own, other]);
        return tx;
      };

    const results = await Promise.all([
      inTransaction(db.dataSource, work("first", 1, 2, "second")),
      inTransaction(db.dataSource, work("second", 2, 1, "first")),
    ]);

    expect(results).toEqual(["first", "second"]);
    // InnoDB picked exactly one victim; inTransaction ran it a second time.
    expect(errors).toEqual([DEADLOCK]);
    expect([attempts.first, attempts.second].sort()).toEqual([1, 2]);
    // The victim's first write was rolled back with it: one row per transaction, not two.
    expect(await writesOf()).toEqual({ first: 1, second: 1 });
    const counters = await db.dataSource.query("SELECT id, hits FROM counters ORDER BY id");
    expect(counters.map((row: { hits: unknown }) => Number(row.hits))).toEqual([2, 2]);
  });

  it("a non-retryable error is thrown at once: one attempt, nothing written", async () => {
    let attempts = 0;
    const failing = inTransaction(db.dataSource, async (m) => {
      attempts++;
      await m.query("INSERT INTO writes (tx) VALUES ('dup')");
      await m.query("INSERT INTO counters VALUES (1, 0)"); // ER_DUP_ENTRY (1062)
    });
    await expect(failing).rejects.toMatchObject({ driverError: { errno: 1062 } });
    expect(attempts).toBe(1);

    const plain = inTransaction(db.dataSource, async (m) => {
      attempts++;
      await m.query("INSERT INTO writes (tx) VALUES ('plain')");
      throw new Error("a rule said no");
    });
    await expect(plain).rejects.toThrow("a rule said no");
    expect(attempts).toBe(2);
    expect(await writesOf()).toEqual({});
  });

  it("a deadlock every time gives up after MAX_ATTEMPTS (10: enough for a Galera hot row) and throws it", async () => {
    let attempts = 0;
    const hopeless = inTransaction(db.dataSource, async (m) => {
      attempts++;
      await m.query("INSERT INTO writes (tx) VALUES ('doomed')");
      throw Object.assign(new Error("Deadlock found when trying to get lock"), { errno: DEADLOCK });
    });
    await expect(hopeless).rejects.toMatchObject({ errno: DEADLOCK });
    expect(MAX_ATTEMPTS).toBe(10);
    expect(attempts).toBe(MAX_ATTEMPTS);
    expect(await writesOf()).toEqual({});
  });
});
