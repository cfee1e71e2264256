import type { PayoutFileFormat } from "@allyhut/schema";
import type { PayoutFileItem } from "@allyhut/schema/domain";

/** The provider's bulk-upload file for a batch, as CSV text. (Being written: see issue 13.) */
export function payoutFile(format: PayoutFileFormat, items: PayoutFileItem[]): string {
  throw new Error(`payoutFile(${format}) for ${items.length} items is not written yet`);
}
