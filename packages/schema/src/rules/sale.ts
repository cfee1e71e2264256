import { codePointLength } from "./text";

export const ORDER_ID_MAX_CODE_POINTS = 100;

/** The seller's own order id, judged trimmed: 1 to 100 characters. */
export function orderIdProblem(orderId: string): string | null {
  const length = codePointLength(orderId.trim());
  return length === 0 || length > ORDER_ID_MAX_CODE_POINTS
    ? `The order id must be 1 to ${ORDER_ID_MAX_CODE_POINTS} characters long.`
    : null;
}
