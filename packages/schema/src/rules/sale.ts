import { codePointLength } from "./text";

export const ORDER_ID_MAX_CODE_POINTS = 100;

/** The seller's own order id, judged trimmed: 1 to 100 characters. */
export function orderIdProblem(orderId: string): string | null {
  const length = codePointLength(orderId.trim());
  return length === 0 || length > ORDER_ID_MAX_CODE_POINTS
    ? `The order id must be 1 to ${ORDER_ID_MAX_CODE_POINTS} characters long.`
    : null;
}

/**
 * The most lines one importSales call takes; a larger file goes in parts. 500 lines of realistic
 * values (20-character order ids, an offer named in some 30 characters, ISO instants) come to about
 * 92 kB of the API's 100 kB request body: a part of long cells must be smaller.
 */
export const SALE_IMPORT_MAX_ROWS = 500;
