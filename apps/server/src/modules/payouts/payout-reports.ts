// Reads a provider's payout report (PayPal, Wise or AllyHut's result CSV) into payment lines; a
// malformed file is BadInput("csv") naming the line, and nothing of it is used.
import { CsvError, parse } from "csv-parse/sync";
import {
  PAYOUT_REPORT_MAX_BYTES,
  PAYOUT_REPORT_MAX_LINES,
  withdrawalIdOfReference,
} from "@allyhut/schema";
import { BadInput, type PayoutReportLine } from "@allyhut/schema/domain";
import { csvLayout, withoutFormulaGuard } from "./csv-cells";
import {
  EXPECTED_REPORT_COLUMNS,
  PAYOUT_REPORT_FORMATS,
  type PayoutReportFormat,
  type ReportField,
} from "./payout-report-formats";
import { reportAmountCents, reportCurrencyCode, reportDateUtc } from "./payout-report-values";

interface CsvRecord {
  line: number;
  cells: string[];
}

const badLine = (line: number, message: string): BadInput =>
  new BadInput("csv", `Line ${line}: ${message}`);

const REFERENCE_IN_TEXT = /AH-W-\d+/i;

/** The records of the text with the line each starts on; blank lines and rows of empty cells skipped. */
function csvRecords(text: string): CsvRecord[] {
  const layout = csvLayout(text);
  if (layout.recordLines.length === 0) throw new BadInput("csv", "The file is empty.");
  if (layout.unclosedQuoteLine !== null) {
    throw badLine(layout.unclosedQuoteLine, 'a quoted cell is never closed (a " is missing).');
  }
  const firstLineTooMany = layout.recordLines[PAYOUT_REPORT_MAX_LINES];
  if (firstLineTooMany !== undefined) {
    throw badLine(
      firstLineTooMany,
      `a report has at most ${PAYOUT_REPORT_MAX_LINES.toLocaleString("en-US")} lines, the header included: split it.`,
    );
  }
  let rows: string[][];
  try {
    rows = parse(text, {
      record_delimiter: ["\r\n", "\n"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = layout.recordLines[Number(error["records"] ?? 0)] ?? Number(error["lines"] ?? 1);
    throw badLine(line, `this is not valid CSV (${error.message}).`);
  }
  if (rows.length !== layout.recordLines.length) {
    throw new BadInput("csv", "The file's line ends cannot be read: save it again as CSV (UTF-8).");
  }
  return rows
    .map((cells, index) => ({
      line: layout.recordLines[index] ?? index + 1,
      cells: cells.map(withoutFormulaGuard),
    }))
    .filter((record, index) => index === 0 || record.cells.some((cell) => cell !== ""));
}

/** Column index per field of the format the header names; a header that names none is refused. */
function readHeader(header: CsvRecord) {
  const names = header.cells.map((cell) => cell.toLowerCase().replace(/\s+/g, " "));
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw badLine(header.line, `the column "${duplicate}" appears twice.`);
  const nameSet = new Set(names);
  const format = PAYOUT_REPORT_FORMATS.find((candidate) => candidate.recognizes(nameSet));
  if (!format) {
    throw badLine(
      header.line,
      `the columns are no report we know. Expected ${EXPECTED_REPORT_COLUMNS}.`,
    );
  }
  const columnOf: Partial<Record<ReportField, number>> = {};
  for (const [field, aliases] of Object.entries(format.columns) as [ReportField, string[]][]) {
    const alias = aliases.find((name) => nameSet.has(name));
    if (alias !== undefined) columnOf[field] = names.indexOf(alias);
  }
  const missing = format.required.filter((field) => columnOf[field] === undefined);
  if (
    columnOf.reference === undefined &&
    !(format.referenceInNote && columnOf.note !== undefined)
  ) {
    missing.unshift("reference");
  }
  if (missing.length > 0) {
    const wanted = missing.map((field) => `"${format.columns[field]?.[0] ?? field}"`).join(", ");
    throw badLine(header.line, `a ${format.name} needs the column(s) ${wanted}.`);
  }
  if (!format.otherColumnsAllowed) {
    const known = new Set(Object.values(format.columns).flat());
    const unknown = names.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      const expected = Object.values(format.columns).flat().join(",");
      throw badLine(
        header.line,
        `unknown column(s) ${unknown.map((n) => `"${n}"`).join(", ")}; the ${format.name} has ${expected}.`,
      );
    }
  }
  return { format, columnOf, width: names.length };
}

function reportLine(
  record: CsvRecord,
  format: PayoutReportFormat,
  columnOf: Partial<Record<ReportField, number>>,
): PayoutReportLine | null {
  const cell = (field: ReportField): string => {
    const column = columnOf[field];
    return column === undefined ? "" : (record.cells[column] ?? "");
  };
  const fail = (message: string) => badLine(record.line, message);
  if (format.isNotAPayout?.(cell("direction"))) return null;
  const status = cell("status");
  if (status === "") throw fail("the status is empty.");
  const meaning = format.statusMeaning(status);
  if (meaning === null) throw fail(`unknown status "${status}" for a ${format.name}.`);
  // A payment the provider has not finished changes nothing yet: import the report again later.
  if (meaning === "PENDING") return null;

  let reference = cell("reference");
  const inNote = REFERENCE_IN_TEXT.exec(cell("note"));
  if (format.referenceInNote && withdrawalIdOfReference(reference) === null && inNote) {
    reference = inNote[0];
  }
  const amountText = cell("amount");
  const amountCents = amountText === "" ? null : reportAmountCents(amountText);
  if (amountText !== "" && amountCents === null) throw fail(`"${amountText}" is not an amount.`);
  if (amountText === "" && format.required.includes("amount")) throw fail("the amount is empty.");
  const currencyText = cell("currency");
  const currencyCode = currencyText === "" ? null : reportCurrencyCode(currencyText);
  if (currencyText !== "" && currencyCode === null) {
    throw fail(`"${currencyText}" is not a three-letter currency code.`);
  }
  if (currencyText === "" && format.required.includes("currency"))
    throw fail("the currency is empty.");

  const receiptNumber = cell("receipt") || null;
  const note = cell("note");
  if (meaning === "FAILED") {
    const reason = note === "" ? status : `${status}: ${note}`;
    return {
      line: record.line,
      reference,
      outcome: "FAILED",
      receiptNumber,
      paidOn: null,
      amountCents,
      currencyCode,
      reason,
    };
  }
  if (receiptNumber === null) throw fail("a paid line needs the provider's transaction id.");
  const dateText = cell("date");
  if (dateText === "") throw fail("a paid line needs the date it was paid.");
  const paidOn = reportDateUtc(dateText);
  if (paidOn === null) throw fail(`"${dateText}" is not a date (use YYYY-MM-DD).`);
  return {
    line: record.line,
    reference,
    outcome: "PAID",
    receiptNumber,
    paidOn,
    amountCents,
    currencyCode,
    reason: null,
  };
}

/**
 * The payment lines of a provider's report (PayPal Payouts, Wise transfers, AllyHut's result CSV);
 * lines still pending at the provider are left out. A malformed file is BadInput("csv") naming the line.
 */
export function parsePayoutReport(csv: string): PayoutReportLine[] {
  const bytes = Buffer.byteLength(csv, "utf8");
  if (bytes > PAYOUT_REPORT_MAX_BYTES) {
    const megabytes = (bytes / (1024 * 1024)).toFixed(1);
    throw new BadInput(
      "csv",
      `The file is ${megabytes} MB; a report may be at most 5 MB: split it.`,
    );
  }
  const [header, ...records] = csvRecords(csv.replace(/^\uFEFF/, ""));
  if (!header) throw new BadInput("csv", "The file is empty.");
  const { format, columnOf, width } = readHeader(header);
  if (records.length === 0)
    throw badLine(header.line, "the report has no payment lines, only the header.");
  const lines: PayoutReportLine[] = [];
  for (const record of records) {
    if (record.cells.length !== width) {
      throw badLine(record.line, `${record.cells.length} cells where the header has ${width}.`);
    }
    const line = reportLine(record, format, columnOf);
    if (line) lines.push(line);
  }
  return lines;
}
