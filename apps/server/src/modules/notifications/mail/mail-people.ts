import type { DataSource } from "typeorm";

// Names and unsubscribe state read at send time: an e-mail shows them as they are when it goes.

export interface SellerOfMail {
  name: string;
  ownerUserId: string;
  ownerOptedOut: boolean;
}

export interface AffiliateOfMail {
  name: string;
  userId: string;
  optedOut: boolean;
}

export async function sellerOfMail(db: DataSource, sellerId: string): Promise<SellerOfMail> {
  const [row] = await db.query(
    `SELECT s.name, s.owner_user_id, o.user_id AS opted_out FROM sellers s
     LEFT JOIN email_opt_outs o ON o.user_id = s.owner_user_id WHERE s.id = ?`,
    [sellerId],
  );
  if (!row) throw new Error(`seller ${sellerId} not found`);
  return {
    name: String(row.name),
    ownerUserId: String(row.owner_user_id),
    ownerOptedOut: row.opted_out !== null,
  };
}

export async function affiliateOfMail(
  db: DataSource,
  affiliateId: string,
): Promise<AffiliateOfMail> {
  const [row] = await db.query(
    `SELECT a.name, a.user_id, o.user_id AS opted_out FROM affiliates a
     LEFT JOIN email_opt_outs o ON o.user_id = a.user_id WHERE a.id = ?`,
    [affiliateId],
  );
  if (!row) throw new Error(`affiliate ${affiliateId} not found`);
  return { name: String(row.name), userId: String(row.user_id), optedOut: row.opted_out !== null };
}

/** The names of affiliates by id (a digest lists several). */
export async function affiliateNames(db: DataSource, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: unknown; name: string }> = await db.query(
    `SELECT id, name FROM affiliates WHERE id IN (${ids.map(() => "?").join(", ")})`,
    ids,
  );
  return new Map(rows.map((row) => [String(row.id), row.name]));
}
