import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";

/** The MySQL server tests use: TEST_DATABASE_URL, else DATABASE_URL's server, else local root. */
function serverUrl(): URL {
  const url = new URL(
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/",
  );
  url.pathname = "/";
  return url;
}

export interface TestDatabase {
  url: string;
  name: string;
  /** A migrated DataSource on the throw-away database. */
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** Creates a throw-away database for one test file, runs the migrations, and drops it on `drop()`. */
export async function createTestDatabase(
  options: { migrate?: boolean; entities?: Function[] } = {},
): Promise<TestDatabase> {
  const server = serverUrl();
  const name = `allyhut_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = await createConnection({ uri: server.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), entities: options.entities });
  await dataSource.initialize();
  if (options.migrate ?? true) await dataSource.runMigrations();
  return {
    url: url.toString(),
    name,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const dropper = await createConnection({ uri: server.toString() });
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
}
