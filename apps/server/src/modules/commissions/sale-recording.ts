import { BadInput, DomainError, NotFound, type CommissionModel } from "@allyhut/schema/domain";
import { AffiliateStatus, availableOnOf } from "@allyhut/schema";
import {
  centsFrom,
  idFrom,
  isDuplicateKey,
  isRowId,
  sameRowId,
  type Queryable,
} from "../../db/sql-values";
import { addRecordedCommission, lockRoomForCommission, totalTooLarge } from "./commission-cap";
import {
  affiliateDisabled,
  commissionCentsOf,
  orderConflict,
  type SaleInput,
} from "./commission-rules";
import {
  COMMISSION_COLUMNS,
  COMMISSION_FROM,
  commissionById,
  commissionFrom,
} from "./commission.sql";
import { recordEvents } from "../notifications/outbox";
import { saleRecorded } from "../notifications/outbox-payloads";

/** Why a sale earns no commission; recordSale answers each with an error, importSales with an outcome. */
export type SaleRefusal =
  | "unknownReferralCode"
  | "unknownOffer"
  | "offerInactive"
  | "affiliateDisabled"
  | "notPromoted"
  | "overCap";

/** What became of a sale: recorded now, known (the same order and payload), conflicting, or refused. */
export type SaleRecording =
  | { kind: "recorded" | "known" | "conflict"; commission: CommissionModel }
  | { kind: "refused"; refusal: SaleRefusal };

/**
 * Records a checked sale inside the caller's transaction, as recordSale does (and importSales for
 * each line): a known order answers its commission; a refusal writes nothing. The caller logs.
 * A sale without a time happened `now`.
 */
export async function recordSaleIn(
  m: Queryable,
  sellerId: string,
  sale: SaleInput,
  now: Date,
): Promise<SaleRecording> {
  const known = await knownOrderOf(m, sellerId, sale);
  if (known) return known;
  // Locks the affiliate first, like every other write on its totals (no deadlocks).
  const [affiliate] = await m.query(
    "SELECT id, status FROM affiliates WHERE seller_id = ? AND referral_code = ? FOR UPDATE",
    [sellerId, sale.referralCode],
  );
  if (!affiliate) return refused("unknownReferralCode");
  const [offer] = isRowId(sale.offerId)
    ? await m.query(
        `SELECT id, commission_type, commission_value, active, hold_days FROM offers
         WHERE id = ? AND seller_id = ?`,
        [sale.offerId, sellerId],
      )
    : [];
  if (!offer) return refused("unknownOffer");
  if (!offer.active) return refused("offerInactive");
  if (affiliate.status !== AffiliateStatus.ACTIVE) return refused("affiliateDisabled");
  const [promotion] = await m.query(
    "SELECT 1 AS promoted FROM offer_promotions WHERE affiliate_id = ? AND offer_id = ?",
    [affiliate.id, offer.id],
  );
  if (!promotion) return refused("notPromoted");
  const amountCents = commissionCentsOf(
    offer.commission_type,
    centsFrom(offer.commission_value),
    sale.saleCents,
  );
  // Seller row locked after the affiliate and before the insert, whose foreign key check would
  // take a shared lock on it first (two sales upgrading shared locks deadlock).
  if (!(await lockRoomForCommission(m, sellerId, amountCents))) return refused("overCap");
  const occurredAt = sale.occurredAt ?? now;
  // The offer's hold as it is now: a later change of the offer changes nothing recorded.
  const availableOn = availableOnOf(occurredAt, Number(offer.hold_days));
  let inserted: { insertId: unknown };
  try {
    inserted = await m.query(
      `INSERT INTO commissions (seller_id, affiliate_id, offer_id, order_id, sale_cents,
         amount_cents, occurred_at, available_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        sellerId,
        affiliate.id,
        offer.id,
        sale.orderId,
        sale.saleCents,
        amountCents,
        occurredAt,
        availableOn,
      ],
    );
  } catch (error) {
    // A concurrent call recorded the same order first: answer as a replay of it.
    if (!isDuplicateKey(error)) throw error;
    const replayed = await knownOrderOf(m, sellerId, sale);
    if (!replayed) throw error;
    return replayed;
  }
  await addRecordedCommission(m, sellerId, amountCents);
  await m.query(
    "UPDATE affiliates SET sales_count = sales_count + 1, earned_cents = earned_cents + ? WHERE id = ?",
    [amountCents, affiliate.id],
  );
  await m.query(
    `UPDATE offer_promotions SET sales_count = sales_count + 1, commission_cents = commission_cents + ?
     WHERE affiliate_id = ? AND offer_id = ?`,
    [amountCents, affiliate.id, offer.id],
  );
  const commission = await commissionById(m, idFrom(inserted.insertId));
  await recordEvents(m, [saleRecorded(sellerId, commission)]);
  return { kind: "recorded", commission };
}

/** recordSale's answer: the commission, or the error of a conflict or refusal. */
export function commissionOrError(recording: SaleRecording): CommissionModel {
  if (recording.kind === "refused") throw refusalError(recording.refusal);
  if (recording.kind === "conflict") throw orderConflict(recording.commission.orderId);
  return recording.commission;
}

const refused = (refusal: SaleRefusal): SaleRecording => ({ kind: "refused", refusal });

function refusalError(refusal: SaleRefusal): DomainError {
  switch (refusal) {
    case "unknownReferralCode":
      return new NotFound("Referral code");
    case "unknownOffer":
      return new NotFound("Offer");
    case "offerInactive":
      return new BadInput("offerId", "This offer is not active.");
    case "affiliateDisabled":
      return affiliateDisabled();
    case "notPromoted":
      return new BadInput("offerId", "This affiliate does not promote this offer.");
    case "overCap":
      return totalTooLarge();
  }
}

/** The commission already recorded for this order: known if the payload matches, else a conflict. */
async function knownOrderOf(
  m: Queryable,
  sellerId: string,
  sale: SaleInput,
): Promise<SaleRecording | null> {
  const [row] = await m.query(
    `SELECT ${COMMISSION_COLUMNS}, (a.referral_code = ?) AS same_referral_code
     ${COMMISSION_FROM} JOIN affiliates a ON a.id = c.affiliate_id
     WHERE c.seller_id = ? AND c.order_id = ?`,
    [sale.referralCode, sellerId, sale.orderId],
  );
  if (!row) return null;
  const commission = commissionFrom(row);
  const samePayload =
    Number(row.same_referral_code) === 1 &&
    sameRowId(commission.offerId, sale.offerId) &&
    commission.saleCents === sale.saleCents &&
    (sale.occurredAt === null || commission.occurredAt.getTime() === sale.occurredAt.getTime());
  return { kind: samePayload ? "known" : "conflict", commission };
}
