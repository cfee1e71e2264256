import type { SellerModel } from "@allyhut/schema/domain";
import { selectColumns } from "../../db/select-columns";
import { centsFrom, idFrom, type Row } from "../../db/sql-values";
import { Seller } from "./seller.entity";

const SELLER_PROPERTIES = ["id", "name", "slug", "currencyCode", "minimumPayoutCents"] as const;

/** A seller `s` as SellerModel needs it, the columns named as the entity's properties. */
export const SELLER_COLUMNS = selectColumns(Seller, "s", SELLER_PROPERTIES);

/** A seller's currency beside another table's row (the seller joined as `s`). */
export const SELLER_CURRENCY_COLUMN = selectColumns(Seller, "s", ["currencyCode"]);

/** A seller from a row of SELLER_COLUMNS or from the repository. */
export const sellerFrom = (
  row: Row | Pick<Seller, (typeof SELLER_PROPERTIES)[number]>,
): SellerModel => ({
  id: idFrom(row.id),
  name: row.name as string,
  slug: row.slug as string,
  currencyCode: row.currencyCode as string,
  minimumPayoutCents: centsFrom(row.minimumPayoutCents),
});
