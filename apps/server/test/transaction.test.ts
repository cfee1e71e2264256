import { QueryFailedError } from "typeorm";
import { withRequestScope } from "../src/db/request-scope";
import { inRolledBackTransaction, inTransaction } from "../src/db/transaction";
import { useTestDatabase } from "./support/database";

describe("inTransaction on a pooled connection", () => {
  const database = useTestDatabase();
  const db = () => database.dataSource;

  beforeAll(async () => {
    await db().query("CREATE TABLE tx_notes (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(20))");
  });
  beforeEach(() => db().query("DELETE FROM tx_notes"));
  const notes = async () =>
    (await db().query("SELECT note FROM tx_notes ORDER BY id")).map(
      (row: { note: string }) => row.note,
    );

  it("commits what its work wrote, counting START TRANSACTION and COMMIT as statements", async () => {
    const { id, statements } = await withRequestScope(async (scope) => {
      const inserted = await inTransaction(db(), (m) =>
        m.query<{ insertId: number }>("INSERT INTO tx_notes (note) VALUES (?)", ["kept"]),
      );
      return { id: inserted.insertId, statements: scope.statements };
    });
    expect(id).toBeGreaterThan(0);
    expect(statements).toBe(3);
    expect(await notes()).toEqual(["kept"]);
  });

  it("runs its statements in one transaction at READ COMMITTED, on one connection", async () => {
    const seen = await inTransaction(db(), async (m) => {
      const [first] = await m.query("SELECT CONNECTION_ID() AS id, @@in_transaction AS open");
      const [second] = await m.query(
        "SELECT CONNECTION_ID() AS id, @@session.tx_isolation AS isolation",
      );
      return { first, second };
    });
    expect(seen.first.open).toBe(1);
    expect(seen.second.id).toBe(seen.first.id);
    expect(seen.second.isolation).toBe("READ-COMMITTED");
  });

  it("rolls back when its work fails, and gives every connection back to the pool", async () => {
    // More failures than the pool has connections (5): a connection kept would hang the last ones.
    for (let n = 0; n < 8; n++) {
      const failure = await inTransaction(db(), async (m) => {
        await m.query("INSERT INTO tx_notes (note) VALUES (?)", [`lost ${n}`]);
        await m.query("INSERT INTO no_such_table VALUES (1)");
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(QueryFailedError);
    }
    expect(await notes()).toEqual([]);
  });

  it("saves nothing of a preview (inRolledBackTransaction) and gives its result", async () => {
    const result = await inRolledBackTransaction(db(), async (m) => {
      await m.query("INSERT INTO tx_notes (note) VALUES (?)", ["preview"]);
      const [row] = await m.query("SELECT COUNT(*) AS n FROM tx_notes");
      return Number(row.n);
    });
    expect(result).toBe(1);
    expect(await notes()).toEqual([]);
  });
});
