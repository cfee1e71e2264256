import "reflect-metadata";
import { DataSource, type Logger } from "typeorm";
import { InitialSchema1764000000000 } from "./migrations/1764000000000-InitialSchema";

export const MIGRATIONS = [InitialSchema1764000000000];

export interface DataSourceOptions {
  /** mysql://user:password@host:port/database */
  url: string;
  /** Entity classes; the services mostly speak SQL, entities document the tables and serve simple writes. */
  entities?: Function[];
  logger?: Logger;
  poolSize?: number;
}

/** A TypeORM DataSource on MySQL/MariaDB through mysql2. Never synchronize: migrations own the schema. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "mysql",
    url: options.url,
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTransactionMode: "each",
    synchronize: false,
    logging: options.logger ? ["query", "error"] : false,
    logger: options.logger,
    timezone: "Z",
    dateStrings: ["DATE"],
    supportBigNumbers: true,
    bigNumberStrings: false,
    charset: "utf8mb4_unicode_ci",
    poolSize: options.poolSize ?? 5,
    extra: { connectTimeout: 5000 },
  });
}
