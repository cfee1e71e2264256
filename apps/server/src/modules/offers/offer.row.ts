import type { CommissionType } from "@allyhut/schema";
import type { OfferModel } from "@allyhut/schema/domain";
import { selectColumns } from "../../db/select-columns";
import { centsFrom, idFrom, type Row } from "../../db/sql-values";
import { SELLER_CURRENCY_COLUMN } from "../sellers/seller.row";
import { Offer } from "./offer.entity";

// The offer's own columns; its currency is its seller's.
const OFFER_PART_PROPERTIES = [
  "sellerId",
  "name",
  "priceCents",
  "commissionType",
  "commissionValueHundredths",
  "active",
  "url",
  "holdDays",
] as const;

/** An offer as OfferModel needs it: the entity's properties and its seller's currency. */
export type OfferRow =
  Row | (Pick<Offer, "id" | (typeof OFFER_PART_PROPERTIES)[number]> & { currencyCode: string });

/** Use with OFFER_FROM (offer `o`, seller `s`). */
export const OFFER_COLUMNS = `${selectColumns(Offer, "o", ["id", ...OFFER_PART_PROPERTIES])},
  ${SELLER_CURRENCY_COLUMN}`;

export const OFFER_FROM = "FROM offers o JOIN sellers s ON s.id = o.seller_id";

/** An offer from a row of OFFER_COLUMNS, or from the repository with its seller's currency. */
export const offerFrom = (row: OfferRow): OfferModel => ({
  id: idFrom(row.id),
  sellerId: idFrom(row.sellerId),
  name: row.name as string,
  priceCents: centsFrom(row.priceCents),
  commissionType: row.commissionType as CommissionType,
  commissionValueHundredths: centsFrom(row.commissionValueHundredths),
  // TINYINT(1) from raw SQL, a boolean from the repository.
  active: Number(row.active) === 1,
  url: (row.url as string | null) ?? null,
  holdDays: Number(row.holdDays),
  currencyCode: row.currencyCode as string,
});

const OFFER_PREFIX = "offer_";

/** The offer `o` beside another table's row (a promotion, a commission): its columns as offer_*. */
export const OFFER_PART_COLUMNS = selectColumns(Offer, "o", OFFER_PART_PROPERTIES, OFFER_PREFIX);

/** The offer of a row with OFFER_PART_COLUMNS, given its id (the row's own offer id) and currency. */
// Named one by one, not by scanning the row for the prefix, and straight into the model (no
// intermediate row): this runs for every row of a list.
export const offerPartFrom = (row: Row, offerId: unknown, currencyCode: unknown): OfferModel => ({
  id: idFrom(offerId),
  sellerId: idFrom(row.offer_sellerId),
  name: row.offer_name as string,
  priceCents: centsFrom(row.offer_priceCents),
  commissionType: row.offer_commissionType as CommissionType,
  commissionValueHundredths: centsFrom(row.offer_commissionValueHundredths),
  active: Number(row.offer_active) === 1,
  url: (row.offer_url as string | null) ?? null,
  holdDays: Number(row.offer_holdDays),
  currencyCode: currencyCode as string,
});
