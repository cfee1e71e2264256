// DESIGN's invariants 1, 4 and 7, checked against the rows: every running total equals the sum it
// keeps. The SQL is @allyhut/testkit's, the one copy the fault scenarios, the soak and the bench use.
import { moneyInvariantViolations as violationsOf } from "@allyhut/testkit";
import type { DataSource } from "typeorm";

/** Every way the database breaks the money invariants; [] when it keeps them all. */
export function moneyInvariantViolations(db: DataSource): Promise<string[]> {
  return violationsOf((sql) => db.query(sql));
}

/** Fails the test with every violation spelled out. */
export async function expectMoneyInvariants(db: DataSource): Promise<void> {
  expect(await moneyInvariantViolations(db)).toEqual([]);
}
