import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { canonicalGtids, laterGtids } from "../src/db/gtid";
import { connectReadReplicas } from "../src/db/read-replicas";
import { withRequestScope } from "../src/db/request-scope";
import { READ_AFTER_COOKIE, readAfterOf } from "../src/http/read-your-writes";
import { useTestDatabase } from "./support/database";

describe("GTID positions", () => {
  it("keeps the later sequence per domain, in a canonical order", () => {
    expect(laterGtids("0-1-41", "0-1-42")).toBe("0-1-42");
    expect(laterGtids("0-1-42", "0-1-41")).toBe("0-1-42");
    expect(laterGtids("1-3-5,0-1-9", "0-2-10")).toBe("0-2-10,1-3-5");
    expect(laterGtids(undefined, "0-1-7")).toBe("0-1-7");
    expect(laterGtids(undefined, undefined)).toBeUndefined();
    // Sequences past 2^53 stay exact.
    expect(laterGtids("0-1-9007199254740993", "0-1-9007199254740992")).toBe("0-1-9007199254740993");
  });

  it.each([
    "",
    "0-1",
    "a-1-2",
    "0-1-2;DROP",
    "0-1-2,",
    "0-1-2 0-1-3",
    `${"0-1-1,".repeat(16)}0-1-1`,
  ])("refuses %j as a position", (value) => {
    expect(canonicalGtids(value)).toBeNull();
    expect(laterGtids(value, "0-1-1")).toBe("0-1-1");
  });
});

describe("the read-after cookie", () => {
  const scopeOf = (cookie: string) =>
    withRequestScope((scope) => {
      readAfterOf({ headers: { cookie } }, scope);
      return scope.readAfterGtid;
    });

  it("gives the request its session's position; a forged or broken one counts as none", () => {
    expect(scopeOf(`${READ_AFTER_COOKIE}=0-1-12`)).toBe("0-1-12");
    expect(scopeOf(`a=b; ${READ_AFTER_COOKIE}=0-1-12%2C1-1-3`)).toBe("0-1-12,1-1-3");
    expect(scopeOf(`${READ_AFTER_COOKIE}=0-1-12'); SELECT 1`)).toBeUndefined();
    expect(scopeOf(`${READ_AFTER_COOKIE}=%E0%A4%A`)).toBeUndefined();
    expect(scopeOf("other=0-1-12")).toBeUndefined();
  });
});

describe("DATABASE_REPLICA_URLS and REPLICA_WAIT_MS", () => {
  it("reads a comma-separated list of mysql:// URLs and a bounded wait", () => {
    const config = loadConfig({
      DATABASE_REPLICA_URLS:
        " mysql://ro@replica-1:3306/allyhut , mysql://ro@replica-2:3306/allyhut",
      REPLICA_WAIT_MS: "350",
    });
    expect(config.databaseReplicaUrls).toEqual([
      "mysql://ro@replica-1:3306/allyhut",
      "mysql://ro@replica-2:3306/allyhut",
    ]);
    expect(config.replicaWaitMs).toBe(350);
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(loadConfig({}).replicaWaitMs).toBe(200);
  });

  it.each([
    [
      { DATABASE_REPLICA_URLS: "postgres://x@h/db" },
      /DATABASE_REPLICA_URLS must start with mysql:\/\//,
    ],
    [{ DATABASE_REPLICA_URLS: "mysql://x@h/" }, /DATABASE_REPLICA_URLS must name a database/],
    [{ REPLICA_WAIT_MS: "5000" }, /REPLICA_WAIT_MS must be a whole number from 0 to 1000/],
    [{ REPLICA_WAIT_MS: "0.5" }, /REPLICA_WAIT_MS must be a whole number/],
  ])("refuses %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("the primary's sessions", () => {
  const database = useTestDatabase();

  it("run at READ COMMITTED, with Galera's causal reads on and each commit's GTID reported", async () => {
    const [row] = await database.dataSource.query(
      `SELECT @@session.tx_isolation AS isolation, @@session.wsrep_sync_wait AS syncWait,
         @@session.session_track_system_variables AS tracked`,
    );
    expect(row).toEqual({ isolation: "READ-COMMITTED", syncWait: 1, tracked: "last_gtid" });
  });

  it("refuses replicas when the primary keeps no binary log (nothing to wait for)", async () => {
    const [{ binlog }] = await database.dataSource.query("SELECT @@log_bin AS binlog");
    // The tests' server is a plain one; if it ever keeps a binlog this check has nothing to show.
    expect(Number(binlog)).toBe(0);
    const createReplica = jest.fn((url: string) => createDataSource({ url }));
    await expect(
      connectReadReplicas(database.dataSource, ["mysql://root@127.0.0.1:1/nowhere"], {
        waitMs: 100,
        createReplica,
      }),
    ).rejects.toThrow(/needs the primary's binary log \(log_bin\)/);
    expect(createReplica).not.toHaveBeenCalled();
  });
});
