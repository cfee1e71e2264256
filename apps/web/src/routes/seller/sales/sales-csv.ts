import Papa from "papaparse";
import type { SaleImportRowInput } from "../../../gql/graphql";

export const SALES_CSV_MAX_BYTES = 5 * 1024 * 1024;
export const SALES_CSV_MAX_LINES = 10_000;

type SaleColumn = "orderId" | "referralCode" | "offer" | "saleAmount" | "occurredAt";

/** The headers course platforms export for each column, compared without case and spaces. */
export const SALE_COLUMN_HEADERS: Record<SaleColumn, string[]> = {
  orderId: ["order_id", "order id", "order", "transaction id"],
  referralCode: ["referral_code", "ref", "referral", "affiliate code", "code"],
  offer: ["offer", "offer id", "product", "product name", "course"],
  saleAmount: ["amount", "sale amount", "price", "total"],
  occurredAt: ["date", "created_at", "purchase date", "occurred_at"],
};

/** The columns in words, for messages. */
export const SALE_COLUMN_NAMES: Record<SaleColumn, string> = {
  orderId: "order id",
  referralCode: "referral code",
  offer: "offer",
  saleAmount: "amount",
  occurredAt: "date",
};

const REQUIRED: SaleColumn[] = ["orderId", "referralCode", "offer", "saleAmount"];

// "Order ID", "order_id" and "order id" are one header.
const headerKey = (header: string) => header.toLowerCase().replace(/[\s_]+/g, "");

export type SalesCsv =
  | { ok: true; rows: SaleImportRowInput[]; headerOf: Partial<Record<SaleColumn, string>> }
  | { ok: false; problem: string };

/** Which header each column was read from, in words: order id from “Transaction ID”, …. */
export function columnsReadOf(headerOf: Partial<Record<SaleColumn, string>>): string {
  const read = (Object.entries(headerOf) as [SaleColumn, string][])
    .map(([column, header]) => `${SALE_COLUMN_NAMES[column]} from “${header}”`)
    .join(", ");
  // The API dates a sale without a date now: say so before anything is saved.
  return headerOf.occurredAt ? read : `${read}; no date column, so every sale is dated now`;
}

/** Refuses a file over 5 MB before it is read. */
export function salesFileSizeProblem(bytes: number): string | null {
  if (bytes <= SALES_CSV_MAX_BYTES) return null;
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return `This file is ${megabytes} MB; a sales file can be at most 5 MB. Split it into smaller files.`;
}

/** Which header of the file holds each column: the first alias, in the order above, it has. */
export function mapSaleColumns(headers: string[]): Partial<Record<SaleColumn, number>> {
  const keys = headers.map(headerKey);
  const indexOf: Partial<Record<SaleColumn, number>> = {};
  for (const [column, aliases] of Object.entries(SALE_COLUMN_HEADERS) as [SaleColumn, string[]][]) {
    const alias = aliases.map(headerKey).find((key) => keys.includes(key));
    if (alias !== undefined) indexOf[column] = keys.indexOf(alias);
  }
  return indexOf;
}

/**
 * Reads a sales CSV (comma, semicolon or tab separated) into importSales rows, each numbered by its
 * line (the header is line 1; blank lines are skipped but counted), or says what is wrong with it.
 */
export function readSalesCsv(text: string): SalesCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const unclosedQuote = parsed.errors.find((error) => error.type === "Quotes");
  if (unclosedQuote) {
    const line = (unclosedQuote.row ?? 0) + 1;
    return {
      ok: false,
      problem: `Line ${line} has a quote that is never closed. Fix it and try again.`,
    };
  }
  const [headers = [], ...records] = parsed.data;
  const indexOf = mapSaleColumns(headers);
  const missing = REQUIRED.filter((column) => indexOf[column] === undefined);
  if (missing.length > 0) {
    const names = missing.map((column) => SALE_COLUMN_NAMES[column]).join(", ");
    const found = headers.filter((header) => header.trim()).join(", ") || "none";
    return {
      ok: false,
      problem:
        `Missing ${missing.length === 1 ? "column" : "columns"}: ${names}. The first line ` +
        `names the columns (found: ${found}); ` +
        "name them like order_id, referral_code, offer, amount and date.",
    };
  }
  const cell = (record: string[], column: SaleColumn) => {
    const index = indexOf[column];
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  const rows = records
    .map((record, index) => ({ record, line: index + 2 }))
    .filter(({ record }) => record.some((value) => value.trim() !== ""))
    .map(({ record, line }) => ({
      line,
      orderId: cell(record, "orderId"),
      referralCode: cell(record, "referralCode"),
      offer: cell(record, "offer"),
      saleAmount: cell(record, "saleAmount"),
      // Empty: the API dates the sale now.
      occurredAt: cell(record, "occurredAt") || null,
    }));
  if (rows.length === 0)
    return { ok: false, problem: "The file has no sales under its first line." };
  if (rows.length > SALES_CSV_MAX_LINES) {
    const count = new Intl.NumberFormat().format(rows.length);
    return {
      ok: false,
      problem: `This file has ${count} sales; at most 10,000 can be imported at once. Split it into smaller files.`,
    };
  }
  const headerOf = Object.fromEntries(
    Object.entries(indexOf).map(([column, index]) => [column, headers[index ?? 0]]),
  );
  return { ok: true, rows, headerOf };
}
