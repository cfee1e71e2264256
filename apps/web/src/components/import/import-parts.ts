export interface PartLimits {
  /** At most this many rows per call. */
  maxRows: number;
  /** At most about this many bytes of rows (as JSON) per call, for the API's body limit. */
  maxBytes: number;
}

/**
 * Splits rows, in order, into parts within both limits. A single row larger than maxBytes still
 * travels alone: the API then judges it.
 */
export function splitIntoParts<Row>(rows: readonly Row[], limits: PartLimits): Row[][] {
  const parts: Row[][] = [];
  let part: Row[] = [];
  let partBytes = 0;
  for (const row of rows) {
    // +1 for the comma between rows in the JSON array.
    const rowBytes = new TextEncoder().encode(JSON.stringify(row)).length + 1;
    if (
      part.length > 0 &&
      (part.length >= limits.maxRows || partBytes + rowBytes > limits.maxBytes)
    ) {
      parts.push(part);
      part = [];
      partBytes = 0;
    }
    part.push(row);
    partBytes += rowBytes;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
