import {
  forbidden,
  notFound,
  badInput,
  type CommissionModel,
  type CommissionService as CommissionServiceApi,
  type ConnectionModel,
  type PageArgs,
  type Viewer,
} from "@allyhut/schema/graphql";
import { AffiliateStatus } from "@allyhut/schema";
import type { EntityManager } from "typeorm";
import { decodeCursor, encodeCursor } from "../../db/cursor";
import { centsFrom, idFrom, isDuplicateKey, isRowId, sameRowId } from "../../db/sql-values";
import { inTransaction } from "../../db/transaction";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import type { Row } from "../rows";
import type { ServiceDeps } from "../service-deps";
import { addRecordedCommission, lockRoomForCommission, totalTooLarge } from "./commission-cap";
import {
  affiliateDisabled,
  commissionCentsOf,
  orderConflict,
  validateSale,
  type SaleInput,
} from "./commission-rules";
import {
  COMMISSION_COLUMNS,
  COMMISSION_FROM,
  COMMISSION_OFFER_COLUMNS,
  COMMISSION_WITH_OFFER_FROM,
  commissionById,
  commissionFrom,
  commissionWithOfferFrom,
  type CommissionRow,
} from "./commission.sql";

const CURSOR_KIND = "commission";

/** Referred sales and their reversals; every write keeps the running totals in the same transaction. */
export class CommissionService implements CommissionServiceApi {
  // Built alone (as in tests), a service has affiliate loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly affiliateLoaders = new AffiliateLoaders(deps.db),
  ) {}

  async record(
    viewer: Viewer,
    input: Parameters<CommissionServiceApi["record"]>[1],
  ): Promise<CommissionModel> {
    const sellerId = sellerOf(viewer);
    const sale = validateSale(input);
    const commission = await inTransaction(this.deps.db, async (m) => {
      const known = await this.answerKnownOrder(m, sellerId, sale);
      if (known) return known;
      // Locks the affiliate first, like every other write on its totals (no deadlocks).
      const [affiliate] = await m.query(
        "SELECT id, status FROM affiliates WHERE seller_id = ? AND referral_code = ? FOR UPDATE",
        [sellerId, sale.referralCode],
      );
      if (!affiliate) throw notFound("Referral code");
      const [offer] = isRowId(sale.offerId)
        ? await m.query(
            "SELECT id, commission_type, commission_value, active FROM offers WHERE id = ? AND seller_id = ?",
            [sale.offerId, sellerId],
          )
        : [];
      if (!offer) throw notFound("Offer");
      if (!offer.active) throw badInput("offerId", "This offer is not active.");
      if (affiliate.status !== AffiliateStatus.ACTIVE) throw affiliateDisabled();
      const [promotion] = await m.query(
        "SELECT 1 AS promoted FROM offer_promotions WHERE affiliate_id = ? AND offer_id = ?",
        [affiliate.id, offer.id],
      );
      if (!promotion) throw badInput("offerId", "This affiliate does not promote this offer.");
      const amountCents = commissionCentsOf(
        offer.commission_type,
        centsFrom(offer.commission_value),
        sale.saleCents,
      );
      // Seller row locked after the affiliate and before the insert, whose foreign key check would
      // take a shared lock on it first (two sales upgrading shared locks deadlock).
      if (!(await lockRoomForCommission(m, sellerId, amountCents))) throw totalTooLarge();
      let inserted: { insertId: unknown };
      try {
        inserted = await m.query(
          `INSERT INTO commissions
             (seller_id, affiliate_id, offer_id, order_id, sale_cents, amount_cents, occurred_at)
           VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, UTC_TIMESTAMP(3)))`,
          [
            sellerId,
            affiliate.id,
            offer.id,
            sale.orderId,
            sale.saleCents,
            amountCents,
            sale.occurredAt,
          ],
        );
      } catch (error) {
        // A concurrent call recorded the same order first: answer as a replay of it.
        if (!isDuplicateKey(error)) throw error;
        const replayed = await this.answerKnownOrder(m, sellerId, sale);
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
      this.deps.log.info({ commissionId: commission.id, sellerId, amountCents }, "sale recorded");
      return commission;
    });
    this.forgetTotalsOf(commission.affiliateId);
    return commission;
  }

  async reverse(viewer: Viewer, orderId: string): Promise<CommissionModel> {
    const sellerId = sellerOf(viewer);
    const trimmedOrderId = String(orderId ?? "").trim();
    const commission = await inTransaction(this.deps.db, async (m) => {
      const [found] = await m.query(
        "SELECT id, affiliate_id FROM commissions WHERE seller_id = ? AND order_id = ?",
        [sellerId, trimmedOrderId],
      );
      if (!found) throw notFound("Order");
      await m.query("SELECT id FROM affiliates WHERE id = ? FOR UPDATE", [found.affiliate_id]);
      const reversal = await m.query(
        "UPDATE commissions SET reversed_at = UTC_TIMESTAMP(3) WHERE id = ? AND reversed_at IS NULL",
        [found.id],
      );
      const commission = await commissionById(m, idFrom(found.id));
      // Already reversed: the same answer, and the totals were adjusted back then.
      if (reversal.affectedRows === 0) return commission;
      // A refunded sale no longer counts: sales_count stays the number of commissions not reversed.
      await m.query(
        "UPDATE affiliates SET sales_count = sales_count - 1, earned_cents = earned_cents - ? WHERE id = ?",
        [commission.amountCents, commission.affiliateId],
      );
      await m.query(
        `UPDATE offer_promotions SET sales_count = sales_count - 1, commission_cents = commission_cents - ?
         WHERE affiliate_id = ? AND offer_id = ?`,
        [commission.amountCents, commission.affiliateId, commission.offerId],
      );
      this.deps.log.info({ commissionId: commission.id, sellerId }, "sale reversed");
      return commission;
    });
    this.forgetTotalsOf(commission.affiliateId);
    return commission;
  }

  /** Committed: a later mutation of this request reads the affiliate's and its promotions' totals. */
  private forgetTotalsOf(affiliateId: string): void {
    this.affiliateLoaders.forgetAffiliate(affiliateId);
    this.affiliateLoaders.forgetPromotions(affiliateId);
  }

  async listOfAffiliate(
    affiliateId: string,
    page: PageArgs,
  ): Promise<ConnectionModel<CommissionModel>> {
    const first = pageSizeOf(page.first);
    const afterId = page.after ? afterIdOf(page.after) : null;
    if (!isRowId(affiliateId)) return emptyConnection();
    // The page, each row's offer and the count in one statement (sales_count leaves reversed sales
    // out, so the count is of the rows, on the (affiliate_id, id) index).
    const rows: Array<CommissionRow & Row> = await this.deps.db.query(
      `SELECT ${COMMISSION_COLUMNS}, ${COMMISSION_OFFER_COLUMNS},
         (SELECT COUNT(*) FROM commissions t WHERE t.affiliate_id = ?) AS total_count
       ${COMMISSION_WITH_OFFER_FROM}
       WHERE c.affiliate_id = ? ${afterId ? "AND c.id < ?" : ""}
       ORDER BY c.id DESC LIMIT ${first + 1}`,
      afterId ? [affiliateId, affiliateId, afterId] : [affiliateId, affiliateId],
    );
    const nodes = rows.slice(0, first).map(commissionWithOfferFrom);
    const last = nodes[nodes.length - 1];
    const counted = rows[0] ? Number(rows[0].total_count) : afterId ? null : 0;
    return {
      nodes,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([CURSOR_KIND, last.id]) : null,
      totalCount: async () => counted ?? this.countOfAffiliate(affiliateId),
    };
  }

  /** For a page past the end, which has no row to carry the count. */
  private async countOfAffiliate(affiliateId: string): Promise<number> {
    const [row] = await this.deps.db.query(
      "SELECT COUNT(*) AS total FROM commissions WHERE affiliate_id = ?",
      [affiliateId],
    );
    return Number(row.total);
  }

  /** The commission already recorded for this order, if the payload matches; CONFLICT if not. */
  private async answerKnownOrder(
    m: EntityManager,
    sellerId: string,
    sale: SaleInput,
  ): Promise<CommissionModel | null> {
    const [row] = await m.query(
      `SELECT ${COMMISSION_COLUMNS}, (a.referral_code = ?) AS same_referral_code
       ${COMMISSION_FROM} JOIN affiliates a ON a.id = c.affiliate_id
       WHERE c.seller_id = ? AND c.order_id = ?`,
      [sale.referralCode, sellerId, sale.orderId],
    );
    if (!row) return null;
    const known = commissionFrom(row);
    const samePayload =
      Number(row.same_referral_code) === 1 &&
      sameRowId(known.offerId, sale.offerId) &&
      known.saleCents === sale.saleCents &&
      (sale.occurredAt === null || known.occurredAt.getTime() === sale.occurredAt.getTime());
    if (!samePayload) throw orderConflict(known.orderId);
    return known;
  }
}

function sellerOf(viewer: Viewer): string {
  if (!viewer.sellerId) throw forbidden("Only a seller can record or reverse sales.");
  return viewer.sellerId;
}

function pageSizeOf(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw badInput("first", "first must be between 1 and 100.");
  }
  return first;
}

function afterIdOf(cursor: string): string {
  const [kind, id] = decodeCursor(cursor);
  if (kind !== CURSOR_KIND) {
    throw badInput(
      "after",
      "This cursor is not one this list gave out; start again without `after`.",
    );
  }
  return id;
}

function emptyConnection<T>(): ConnectionModel<T> {
  return { nodes: [], hasNextPage: false, endCursor: null, totalCount: async () => 0 };
}
