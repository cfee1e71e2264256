import { createConnection } from "mysql2/promise";

/** The server part of a database URL, and the database's name. */
export function splitDatabaseUrl(databaseUrl: string): { serverUrl: string; database: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database) throw new Error("the database URL names no database");
  url.pathname = "/";
  return { serverUrl: url.toString(), database };
}

/** CREATE DATABASE IF NOT EXISTS for the URL's database, in utf8mb4 with Unicode collation. */
export async function ensureDatabase(databaseUrl: string): Promise<{ created: boolean }> {
  const { serverUrl, database } = splitDatabaseUrl(databaseUrl);
  const connection = await createConnection({ uri: serverUrl, connectTimeout: 5000 });
  try {
    const quoted = `\`${database.replace(/`/g, "``")}\``;
    const [result] = await connection.query(
      `CREATE DATABASE IF NOT EXISTS ${quoted} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    // affectedRows is 1 when the database was created, 0 when it already existed (a warning).
    return { created: (result as { affectedRows?: number }).affectedRows === 1 };
  } finally {
    await connection.end();
  }
}
