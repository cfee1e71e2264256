import { QueryFailedError } from "typeorm";
import { PoolReads } from "../src/db/pooled-statements";
import { RequestAbandonedError } from "../src/db/request-deadline";
import { withRequestScope } from "../src/db/request-scope";
import { useTestDatabase } from "./support/database";

describe("reads straight on the pool (PoolReads)", () => {
  const database = useTestDatabase();
  const reads = () => new PoolReads(database.dataSource);

  it("gives the rows TypeORM's query gives, on the same READ COMMITTED sessions", async () => {
    const sql = `SELECT ? AS id, CAST(? AS DECIMAL(12,2)) AS total, CAST(? AS DATE) AS day,
      TIMESTAMP('2026-12-04 10:11:12.345') AS at, @@session.tx_isolation AS isolation`;
    const parameters = [42, "12.50", "2026-12-04"];
    const direct = await reads().query(sql, parameters);
    expect(direct).toEqual(await database.dataSource.query(sql, parameters));
    expect(direct).toEqual([
      {
        id: 42,
        total: "12.50",
        day: "2026-12-04",
        at: new Date("2026-12-04T10:11:12.345Z"),
        isolation: "READ-COMMITTED",
      },
    ]);
  });

  it("expands an array parameter for IN (?), as the loaders send it", async () => {
    const rows = await reads().query<Array<{ n: number }>>(
      "SELECT seq AS n FROM seq_1_to_5 WHERE seq IN (?) ORDER BY seq",
      [[2, 4, 9]],
    );
    expect(rows.map((row) => row.n)).toEqual([2, 4]);
  });

  it("counts each statement in the request's scope", async () => {
    const counted = await withRequestScope(async (scope) => {
      await reads().query("SELECT 1");
      await reads().query("SELECT 2");
      return scope.statements;
    });
    expect(counted).toBe(2);
  });

  it("sends nothing for a request whose deadline passed", async () => {
    await withRequestScope(async (scope) => {
      scope.abandoned = true;
      await expect(reads().query("SELECT 1")).rejects.toBeInstanceOf(RequestAbandonedError);
      expect(scope.statements).toBe(0);
    });
  });

  it("fails as TypeORM's QueryFailedError, with the driver's errno", async () => {
    const failure = await reads()
      .query("SELECT * FROM no_such_table")
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(
      (failure as QueryFailedError & { driverError: { errno: number } }).driverError.errno,
    ).toBe(1146);
  });
});
