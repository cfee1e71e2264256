import type { DataSource } from "typeorm";

/** Loads the demo story into an empty database (no users); returns whether it loaded. */
export async function seedDemoData(db: DataSource): Promise<boolean> {
  void db;
  throw new Error("not implemented yet");
}
