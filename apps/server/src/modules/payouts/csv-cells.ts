// CSV writing and reading helpers shared by the payout files and the report parser.
import { stringify } from "csv-stringify/sync";

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A person's text made inert for spreadsheets: a formula-looking cell gets a leading apostrophe. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutralizeFormula: a spreadsheet that kept our apostrophe must not change a value read back. */
export function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Rows as RFC 4180 CSV text: CRLF after every record, and any cell holding a line break quoted. */
export function csvText(rows: string[][]): string {
  // csv-stringify quotes only the record delimiter by default; a bare LF in a name would split the row.
  return stringify(rows, { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/** Where each record of a CSV text starts and whether a quoted cell is left open. */
export interface CsvLayout {
  /** The 1-based physical line each non-blank record starts on, in order. */
  recordLines: number[];
  /** The line of the record whose quoted cell never closes, or null. */
  unclosedQuoteLine: number | null;
}

/**
 * Record start lines counted the way csv-parse splits records (CRLF or LF ends a line, quotes
 * only open a cell at its start, "" escapes a quote): csv-parse's own line count is off after a
 * quoted CRLF, and a multi-line cell must not shift the line numbers the seller is told.
 */
export function csvLayout(text: string): CsvLayout {
  const recordLines: number[] = [];
  let line = 1;
  let inQuotes = false;
  let cellStart = true;
  let recordOpen = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const lineBreak = char === "\n" || (char === "\r" && text[i + 1] === "\n");
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (lineBreak) {
        if (char === "\r") i++;
        line++;
      }
      continue;
    }
    if (lineBreak) {
      if (char === "\r") i++;
      line++;
      cellStart = true;
      recordOpen = false;
      continue;
    }
    // Blank and whitespace-only lines are skipped by the parser (trim + skip_empty_lines).
    if (char === " " || char === "\t") continue;
    if (!recordOpen) {
      recordOpen = true;
      recordLines.push(line);
    }
    if (char === '"' && cellStart) inQuotes = true;
    cellStart = char === ",";
  }
  return { recordLines, unclosedQuoteLine: inQuotes ? (recordLines.at(-1) ?? 1) : null };
}
