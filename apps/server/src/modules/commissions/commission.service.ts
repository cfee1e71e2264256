import {
  Forbidden,
  NotFound,
  type CommissionModel,
  type CommissionService as CommissionServiceApi,
  type ConnectionModel,
  type PageArgs,
  type SaleImportModel,
  type SaleImportRow,
  type Viewer,
} from "@allyhut/schema/domain";
import { idFrom } from "../../db/sql-values";
import { inTransaction } from "../../db/transaction";
import { recordEvents } from "../notifications/outbox";
import { saleReversed } from "../notifications/outbox-payloads";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import { OfferLoaders } from "../offers/offer.loaders";
import { nowOf, readsOf, type ServiceDeps } from "../service-deps";
import { pageOfCommissions } from "./commission-list";
import { validateSale } from "./commission-rules";
import { commissionById } from "./commission.sql";
import { importSalesOf } from "./sale-import";
import { commissionOrError, recordSaleIn } from "./sale-recording";

/** Referred sales and their reversals; every write keeps the running totals in the same transaction. */
export class CommissionService implements CommissionServiceApi {
  // Built alone (as in tests), a service has loaders of its own.
  constructor(
    private readonly deps: ServiceDeps,
    private readonly affiliateLoaders = new AffiliateLoaders(deps.db),
    private readonly offerLoaders = new OfferLoaders(deps.db),
  ) {}

  async record(
    viewer: Viewer,
    input: Parameters<CommissionServiceApi["record"]>[1],
  ): Promise<CommissionModel> {
    const sellerId = sellerOf(viewer);
    const now = nowOf(this.deps);
    const sale = validateSale(input, now);
    const recording = await inTransaction(this.deps.db, (m) =>
      recordSaleIn(m, sellerId, sale, now),
    );
    const commission = commissionOrError(recording);
    if (recording.kind === "recorded") {
      const { id: commissionId, amountCents } = commission;
      this.deps.log.info({ commissionId, sellerId, amountCents }, "sale recorded");
    }
    this.forgetTotalsOf(commission.affiliateId);
    return commission;
  }

  async importSales(
    viewer: Viewer,
    input: { rows: SaleImportRow[]; dryRun: boolean },
  ): Promise<SaleImportModel> {
    const sellerId = sellerOf(viewer);
    return importSalesOf(this.deps, sellerId, input, (commission) =>
      this.forgetTotalsOf(commission.affiliateId),
    );
  }

  async reverse(viewer: Viewer, orderId: string): Promise<CommissionModel> {
    const sellerId = sellerOf(viewer);
    const trimmedOrderId = String(orderId ?? "").trim();
    const commission = await inTransaction(this.deps.db, async (m) => {
      const [found] = await m.query(
        "SELECT id, affiliate_id FROM commissions WHERE seller_id = ? AND order_id = ?",
        [sellerId, trimmedOrderId],
      );
      if (!found) throw new NotFound("Order");
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
      await recordEvents(m, [saleReversed(sellerId, commission)]);
      this.deps.log.info({ commissionId: commission.id, sellerId }, "sale reversed");
      return commission;
    });
    this.forgetTotalsOf(commission.affiliateId);
    return commission;
  }

  listOfAffiliate(affiliateId: string, page: PageArgs): Promise<ConnectionModel<CommissionModel>> {
    return pageOfCommissions(readsOf(this.deps), affiliateId, page, (offer) =>
      this.offerLoaders.remember(offer),
    );
  }

  /** Committed: a later mutation of this request reads the affiliate's and its promotions' totals. */
  private forgetTotalsOf(affiliateId: string): void {
    this.affiliateLoaders.forgetAffiliate(affiliateId);
    this.affiliateLoaders.forgetPromotions(affiliateId);
  }
}

function sellerOf(viewer: Viewer): string {
  if (!viewer.sellerId) throw new Forbidden("Only a seller can record, reverse or import sales.");
  return viewer.sellerId;
}
