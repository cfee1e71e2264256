import type { ColumnOptions, ValueTransformer } from "typeorm";
import { centsFrom, idFrom } from "./sql-values";

// Column shapes shared by the entities, so each entity reads like its CREATE TABLE.

const idTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : idFrom(value)),
};

const centsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : centsFrom(value)),
};

/** BIGINT UNSIGNED id (or reference to one), read as the API's ID string. */
export const idColumn = (name: string, options: ColumnOptions = {}): ColumnOptions => ({
  type: "bigint",
  unsigned: true,
  name,
  transformer: idTransformer,
  ...options,
});

/** BIGINT UNSIGNED id as part of a primary key (with @Generated("increment") for AUTO_INCREMENT). */
export const primaryIdColumn = (name: string): ColumnOptions & { nullable?: false } => ({
  type: "bigint",
  unsigned: true,
  name,
  transformer: idTransformer,
});

/** BIGINT cents, read as an exact number (never a float, never past 2^53). */
export const centsColumn = (name: string, options: ColumnOptions = {}): ColumnOptions => ({
  type: "bigint",
  name,
  transformer: centsTransformer,
  ...options,
});

/** INT UNSIGNED NOT NULL DEFAULT 0: a running count. */
export const countColumn = (name: string): ColumnOptions => ({
  type: "int",
  unsigned: true,
  name,
  default: 0,
});

/** DATETIME(3), optionally defaulting to CURRENT_TIMESTAMP(3). */
export const timestampColumn = (
  name: string,
  options: { defaultNow?: boolean; nullable?: boolean } = {},
): ColumnOptions => ({
  type: "datetime",
  precision: 3,
  name,
  nullable: options.nullable ?? false,
  ...(options.defaultNow ? { default: () => "CURRENT_TIMESTAMP(3)" } : {}),
});

/** VARCHAR(16) holding one of the schema package's string enums. */
export const enumColumn = (name: string, options: ColumnOptions = {}): ColumnOptions => ({
  type: "varchar",
  length: 16,
  name,
  ...options,
});
