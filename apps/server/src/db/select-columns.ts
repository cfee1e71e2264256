import { getMetadataArgsStorage } from "typeorm";
import type { Row } from "./sql-values";

/**
 * `alias.column AS property, …`: an entity's columns for hand-written SQL, named as the entity's
 * properties, so one mapping function reads raw rows and repository results alike. With `prefix`
 * (`offer_`) they stand apart beside another table's columns; `unprefixed` reads them back.
 */
export function selectColumns<E>(
  entity: { name: string; prototype: E },
  alias: string,
  properties: ReadonlyArray<keyof E & string>,
  prefix = "",
): string {
  const columns = getMetadataArgsStorage().filterColumns(entity as unknown as Function);
  return properties
    .map((property) => {
      const column = columns.find((candidate) => candidate.propertyName === property);
      if (!column) throw new Error(`${entity.name}.${property} is not a column`);
      return `${alias}.${column.options.name ?? property} AS ${prefix}${property}`;
    })
    .join(", ");
}

/** The values of `row` selected with `prefix`, under their property names. */
export function unprefixed(row: Row, prefix: string): Row {
  const values: Row = {};
  for (const key in row) {
    if (key.startsWith(prefix)) values[key.slice(prefix.length)] = row[key];
  }
  return values;
}
