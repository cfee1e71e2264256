// Whose rows an export holds: the seller's (perhaps one affiliate's), or the affiliate user's own.
import { BadInput, Forbidden, NotFound, type Viewer } from "@allyhut/schema/domain";
import { idFrom, isRowId, type Queryable, type Row } from "../../db/sql-values";

export interface ExportScope {
  sellerId: string;
  sellerSlug: string;
  currencyCode: string;
  /** Only this affiliate's rows; null: all of the seller's. */
  affiliateId: string | null;
}

const scopeOf = (row: Row, affiliateId: string | null): ExportScope => ({
  sellerId: idFrom(row.seller_id),
  sellerSlug: String(row.slug),
  currencyCode: String(row.currency_code),
  affiliateId,
});

/**
 * An affiliate named by id must be one of the viewer's seller's or the viewer's own membership;
 * anything else is NOT_FOUND (another tenant's id is told nothing). Without an id, a seller gets
 * all its rows and an affiliate user its one membership's.
 */
export async function exportScopeOf(
  db: Queryable,
  viewer: Viewer,
  affiliateId: string | null,
): Promise<ExportScope> {
  if (affiliateId !== null) {
    const [row] = isRowId(affiliateId)
      ? await db.query(
          `SELECT a.id, a.seller_id, s.slug, s.currency_code FROM affiliates a
           JOIN sellers s ON s.id = a.seller_id WHERE a.id = ? AND (a.seller_id = ? OR a.user_id = ?)`,
          [affiliateId, viewer.sellerId, viewer.userId],
        )
      : [];
    if (!row) throw new NotFound("Affiliate");
    return scopeOf(row, idFrom(row.id));
  }
  if (viewer.sellerId) {
    const [row] = await db.query(
      "SELECT id AS seller_id, slug, currency_code FROM sellers WHERE id = ?",
      [viewer.sellerId],
    );
    return scopeOf(row, null);
  }
  const memberships: Row[] = await db.query(
    `SELECT a.id, a.seller_id, s.slug, s.currency_code FROM affiliates a
     JOIN sellers s ON s.id = a.seller_id WHERE a.user_id = ? ORDER BY a.id LIMIT 2`,
    [viewer.userId],
  );
  const [only] = memberships;
  if (!only) throw new Forbidden("Only a seller or an affiliate has rows to export.");
  if (memberships.length > 1) {
    throw new BadInput("affiliateId", "You are in several programs: choose one with affiliateId.");
  }
  return scopeOf(only, idFrom(only.id));
}
