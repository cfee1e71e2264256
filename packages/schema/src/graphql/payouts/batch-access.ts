import { Forbidden, type PayoutBatchModel } from "../../domain";
import { viewerOf } from "../auth-checker";
import type { ApiContext } from "../context";

/**
 * A batch's withdrawals, file and imports are its seller's only: an affiliate sees the batch of their
 * own withdrawal (its status), never the other affiliates paid with them.
 */
export function checkSellerOfBatch(ctx: ApiContext, batch: PayoutBatchModel): void {
  if (viewerOf(ctx).sellerId !== batch.sellerId) {
    throw new Forbidden("Only the seller sees a payout batch's withdrawals, file and imports.");
  }
}
