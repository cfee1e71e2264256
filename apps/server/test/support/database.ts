import {
  createDatabase,
  databaseName,
  databaseUrl,
  dropDatabase,
  testServerUrl,
} from "@allyhut/testkit";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";

export interface TestDatabase {
  url: string;
  name: string;
  /** A migrated DataSource on the throw-away database. */
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * Creates a throw-away database for one test file on the tests' MySQL server (@allyhut/testkit's
 * testServerUrl), runs the migrations, and drops it on `drop()`.
 */
export async function createTestDatabase(
  options: { migrate?: boolean; entities?: Function[] } = {},
): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = databaseName(`allyhut_test_${process.pid}`);
  await createDatabase(server, name);
  const url = databaseUrl(server, name);
  const dataSource = createDataSource({ url, entities: options.entities });
  await dataSource.initialize();
  if (options.migrate ?? true) await dataSource.runMigrations();
  return {
    url,
    name,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(server, name);
    },
  };
}
