import {
  createDatabase,
  databaseName,
  databaseUrl,
  dropDatabase,
  testServerUrl,
} from "@allyhut/testkit";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { expectMoneyInvariants } from "./money-invariants";

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

/** The test database of a describe block; its fields are there once its tests run. */
export interface DescribedDatabase {
  readonly url: string;
  readonly name: string;
  readonly dataSource: DataSource;
}

/**
 * A throw-away, migrated database for the describe block this is called in: created before its
 * tests, dropped after them; with `moneyInvariants`, the money invariants are checked after each test.
 */
export function useTestDatabase(options: { moneyInvariants?: boolean } = {}): DescribedDatabase {
  let current: TestDatabase | undefined;
  const database = (): TestDatabase => {
    if (!current) throw new Error("The test database is there only inside the tests.");
    return current;
  };
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  if (options.moneyInvariants) afterEach(() => expectMoneyInvariants(database().dataSource));
  afterAll(() => database().drop());
  return {
    get url() {
      return database().url;
    },
    get name() {
      return database().name;
    },
    get dataSource() {
      return database().dataSource;
    },
  };
}
