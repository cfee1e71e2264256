import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, PAYOUT_REPORT_MAX_BYTES, PAYOUT_REPORT_MAX_LINES } from "@allyhut/schema";
import { BadInput } from "@allyhut/schema/domain";
import { parsePayoutReport } from "../src/modules/payouts/payout-reports";

const fixture = (name: string): string =>
  readFileSync(join(__dirname, "fixtures", "payout-reports", name), "utf8");

const RESULT_HEADER = "reference,status,receipt_number,paid_on,note";

/** The BadInput a malformed report gets: field "csv", BAD_USER_INPUT, the message naming the line. */
function badInputOf(csv: string): BadInput {
  try {
    parsePayoutReport(csv);
  } catch (error) {
    expect(error).toBeInstanceOf(BadInput);
    const badInput = error as BadInput;
    expect(badInput.field).toBe("csv");
    expect(badInput.code).toBe(ErrorCode.BAD_USER_INPUT);
    return badInput;
  }
  throw new Error("expected BadInput, the report was accepted");
}

const expectBadLine = (csv: string, line: number, words: RegExp): void => {
  const { message } = badInputOf(csv);
  expect(message).toMatch(new RegExp(`^Line ${line}: `));
  expect(message).toMatch(words);
};

describe("parsePayoutReport: AllyHut's result CSV", () => {
  it("reads paid and failed lines, with optional amount and currency", () => {
    const csv = `${RESULT_HEADER},amount,currency\nAH-W-1,PAID,TX-1,2026-03-02,,15.00,usd\nAH-W-2,failed,,,"Account closed, returned",7.5,EUR\n`;
    expect(parsePayoutReport(csv)).toEqual([
      {
        line: 2,
        reference: "AH-W-1",
        outcome: "PAID",
        receiptNumber: "TX-1",
        paidOn: "2026-03-02",
        amountCents: 1500,
        currencyCode: "USD",
        reason: null,
      },
      {
        line: 3,
        reference: "AH-W-2",
        outcome: "FAILED",
        receiptNumber: null,
        paidOn: null,
        amountCents: 750,
        currencyCode: "EUR",
        reason: "failed: Account closed, returned",
      },
    ]);
  });

  it("has null amount and currency without those columns", () => {
    const [line] = parsePayoutReport(`${RESULT_HEADER}\nAH-W-9,PAID,R9,2026-01-31,\n`);
    expect(line).toMatchObject({ amountCents: null, currencyCode: null, receiptNumber: "R9" });
  });

  it("accepts a BOM, CRLF, upper-case spaced headers, blank and empty-cell trailing lines", () => {
    const csv = `\uFEFF Reference , STATUS,Receipt_Number,paid_on,note\r\nAH-W-1,PAID,TX-1,2026-03-02,\r\n\r\n,,,,\r\n\r\n`;
    expect(parsePayoutReport(csv)).toEqual([
      expect.objectContaining({ line: 2, reference: "AH-W-1" }),
    ]);
  });

  it("counts a quoted multi-line note as the lines it spans (CRLF and LF)", () => {
    const csv = `${RESULT_HEADER}\r\nAH-W-1,FAILED,,,"line one\r\nline two\r\nline three"\r\nAH-W-2,FAILED,,,"a\nb"\nAH-W-3,PAID,T3,2026-03-02,\n`;
    expect(parsePayoutReport(csv).map((line) => line.line)).toEqual([2, 5, 7]);
    expect(parsePayoutReport(csv)[0]?.reason).toBe("FAILED: line one\r\nline two\r\nline three");
  });

  it("keeps formula-looking text as text and drops the apostrophe a spreadsheet kept", () => {
    const csv = `${RESULT_HEADER}\nAH-W-1,FAILED,,,=HYPERLINK("http://x")\nAH-W-2,FAILED,,,'=1+2\nAH-W-3,FAILED,,,'quoted\n`;
    expect(parsePayoutReport(csv).map((line) => line.reason)).toEqual([
      'FAILED: =HYPERLINK("http://x")',
      "FAILED: =1+2",
      "FAILED: 'quoted",
    ]);
  });

  it("reads amounts exactly: thousands separators, comma decimals, no float drift", () => {
    const csv = `${RESULT_HEADER},amount,currency\n${[
      "0.29",
      "1,234.50",
      "1234,5",
      "1.234,56",
      "9999999999999.99",
      "-15.00",
    ]
      .map((amount, index) => `AH-W-${index + 1},PAID,T${index},2026-03-02,,"${amount}",USD`)
      .join("\n")}\n`;
    expect(parsePayoutReport(csv).map((line) => line.amountCents)).toEqual([
      29, 123450, 123450, 123456, 999999999999999, 1500,
    ]);
  });
});

describe("parsePayoutReport: PayPal Payouts report", () => {
  it("reads a realistic report: statuses, zoned times to UTC dates, reference from the note", () => {
    expect(parsePayoutReport(fixture("paypal-payouts.csv"))).toEqual([
      {
        line: 2,
        reference: "AH-W-1042",
        outcome: "PAID",
        receiptNumber: "0C413693MN970190K",
        paidOn: "2026-03-03",
        amountCents: 1500,
        currencyCode: "USD",
        reason: null,
      },
      {
        line: 3,
        reference: "AH-W-1043",
        outcome: "FAILED",
        receiptNumber: "4RT56789AB1234567",
        paidOn: null,
        amountCents: 123450,
        currencyCode: "USD",
        reason: "Unclaimed",
      },
      {
        line: 4,
        reference: "AH-W-1044",
        outcome: "FAILED",
        receiptNumber: null,
        paidOn: null,
        amountCents: 725,
        currencyCode: "USD",
        reason: "Returned: Recipient account is closed,\r\nmoney returned",
      },
      // line 6 is still Pending at PayPal: left out, it changes nothing.
      {
        line: 7,
        reference: "AH-W-1046",
        outcome: "PAID",
        receiptNumber: "9XY12345CD6789012",
        paidOn: "2026-03-04",
        amountCents: 2000,
        currencyCode: "USD",
        reason: null,
      },
    ]);
  });

  it("knows the API's column names and every transaction_status", () => {
    const statuses = [
      "SUCCESS",
      "FAILED",
      "PENDING",
      "UNCLAIMED",
      "RETURNED",
      "ONHOLD",
      "BLOCKED",
      "REFUNDED",
      "REVERSED",
    ];
    const csv = `transaction_id,transaction_status,sender_item_id,amount,currency,time_processed\n${statuses
      .map((status, index) => `T${index},${status},AH-W-${index + 1},1.00,USD,2018-01-27T10:17:41Z`)
      .join("\n")}\n`;
    expect(parsePayoutReport(csv).map((line) => `${line.reference}:${line.outcome}`)).toEqual([
      "AH-W-1:PAID",
      "AH-W-2:FAILED",
      "AH-W-4:FAILED",
      "AH-W-5:FAILED",
      "AH-W-7:FAILED",
      "AH-W-8:FAILED",
      "AH-W-9:FAILED",
    ]);
  });

  it("needs a reference or note column", () => {
    expectBadLine(
      "Transaction ID,Status,Date,Amount,Currency\nT1,SUCCESS,2026-01-01,1.00,USD\n",
      1,
      /"customer id"/,
    );
  });
});

describe("parsePayoutReport: Wise transfers report", () => {
  it("reads a realistic export: completed, cancelled; in-flight and incoming transfers left out", () => {
    expect(parsePayoutReport(fixture("wise-transfers.csv"))).toEqual([
      {
        line: 2,
        reference: "AH-W-1042",
        outcome: "PAID",
        receiptNumber: "TRANSFER-1111111111",
        paidOn: "2026-03-02",
        amountCents: 1500,
        currencyCode: "EUR",
        reason: null,
      },
      {
        line: 3,
        reference: "AH-W-1043",
        outcome: "FAILED",
        receiptNumber: "TRANSFER-2222222222",
        paidOn: null,
        amountCents: 123450,
        currencyCode: "EUR",
        reason: "CANCELLED: Recipient bank rejected the IBAN",
      },
    ]);
  });

  it("accepts the older TransferWise ID header and day-first dates", () => {
    const csv =
      "TransferWise ID,Status,Date,Amount,Currency,Reference\nP-1,COMPLETED,27-01-2026,15.00,GBP,AH-W-5\n";
    expect(parsePayoutReport(csv)).toEqual([
      expect.objectContaining({
        receiptNumber: "P-1",
        paidOn: "2026-01-27",
        amountCents: 1500,
        currencyCode: "GBP",
      }),
    ]);
  });
});

describe("parsePayoutReport: malformed files are BadInput('csv') with the line", () => {
  it("refuses an empty file", () => {
    for (const csv of ["", "\uFEFF", "\r\n\r\n", "   \n"])
      expect(badInputOf(csv).message).toBe("The file is empty.");
  });

  it("refuses a header with no payment lines", () => {
    expectBadLine(`${RESULT_HEADER}\r\n\r\n`, 1, /no payment lines/);
    expectBadLine(`\n\n${RESULT_HEADER}\n,,,,\n`, 3, /no payment lines/);
  });

  it("refuses columns it does not know, saying what it expects", () => {
    expectBadLine(
      "name,amount\nLois,15.00\n",
      1,
      /reference,status,receipt_number,paid_on,note.*PayPal.*Wise/,
    );
    expectBadLine(
      `${RESULT_HEADER},colour\nAH-W-1,PAID,T,2026-01-01,,red\n`,
      1,
      /unknown column\(s\) "colour"/,
    );
    expectBadLine(
      "reference,status,receipt_number,paid_on\nAH-W-1,PAID,T,2026-01-01\n",
      1,
      /needs the column\(s\) "note"/,
    );
    expectBadLine(
      `${RESULT_HEADER},status\nAH-W-1,PAID,T,2026-01-01,,PAID\n`,
      1,
      /"status" appears twice/,
    );
  });

  it("refuses a row with the wrong number of cells, counted after a multi-line cell", () => {
    expectBadLine(
      `${RESULT_HEADER}\nAH-W-1,FAILED,,,"two\nlines"\nAH-W-2,PAID,T,2026-01-01\n`,
      4,
      /4 cells where the header has 5/,
    );
    expectBadLine(`${RESULT_HEADER}\nAH-W-1,PAID,T,2026-01-01,,extra\n`, 2, /6 cells/);
  });

  it("refuses bad amounts, currencies, dates and statuses", () => {
    const withAmount = `${RESULT_HEADER},amount,currency\n`;
    for (const amount of ["1.234", "12.345", "abc", "1e3", "0x10", "$5", "--5"]) {
      expectBadLine(
        `${withAmount}AH-W-1,PAID,T,2026-01-01,,"${amount}",USD\n`,
        2,
        /is not an amount/,
      );
    }
    expectBadLine(`${withAmount}AH-W-1,PAID,T,2026-01-01,,1.00,US\n`, 2, /three-letter currency/);
    for (const date of ["2026-02-30", "tomorrow", "13/01/2026", "2026-01-01T25:00:00Z"]) {
      expectBadLine(`${RESULT_HEADER}\nAH-W-1,PAID,T,${date},\n`, 2, /is not a date/);
    }
    expectBadLine(
      `${RESULT_HEADER}\nAH-W-1,PAID,T,2026-01-01,\nAH-W-2,MAYBE,T,2026-01-01,\n`,
      3,
      /unknown status "MAYBE"/,
    );
    expectBadLine(`${RESULT_HEADER}\nAH-W-1,,T,2026-01-01,\n`, 2, /status is empty/);
  });

  it("refuses a paid line without a transaction id or a date", () => {
    expectBadLine(`${RESULT_HEADER}\nAH-W-1,PAID,,2026-01-01,\n`, 2, /transaction id/);
    expectBadLine(`${RESULT_HEADER}\nAH-W-1,PAID,T1,,\n`, 2, /date it was paid/);
  });

  it("refuses unbalanced quotes", () => {
    expectBadLine(
      `${RESULT_HEADER}\nAH-W-1,PAID,T,2026-01-01,ok\nAH-W-2,FAILED,,,"never closed\nAH-W-3,PAID,T,2026-01-01,\n`,
      3,
      /never closed/,
    );
    expectBadLine(`${RESULT_HEADER}\nAH-W-1,FAILED,,,"closed"then text\n`, 2, /not valid CSV/);
  });

  it(`takes ${PAYOUT_REPORT_MAX_LINES} lines and refuses one more, naming it`, () => {
    const lines = (count: number) =>
      Array.from(
        { length: count },
        (_, index) => `AH-W-${index + 1},PAID,TX-${index + 1},2026-03-02,`,
      );
    const accepted = parsePayoutReport(
      `${RESULT_HEADER}\r\n${lines(PAYOUT_REPORT_MAX_LINES - 1).join("\r\n")}\r\n`,
    );
    expect(accepted).toHaveLength(PAYOUT_REPORT_MAX_LINES - 1);
    expect(accepted.at(-1)?.line).toBe(PAYOUT_REPORT_MAX_LINES);
    expectBadLine(
      `${RESULT_HEADER}\n${lines(PAYOUT_REPORT_MAX_LINES).join("\n")}\n`,
      PAYOUT_REPORT_MAX_LINES + 1,
      /at most 10,000 lines/,
    );
  });

  it("refuses more than 5 MB before reading it", () => {
    const note = "x".repeat(1000);
    const rows = Array.from({ length: 6000 }, () => `AH-W-1,FAILED,,,${note}`);
    const csv = `${RESULT_HEADER}\n${rows.join("\n")}\n`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(PAYOUT_REPORT_MAX_BYTES);
    expect(badInputOf(csv).message).toMatch(/5\.\d MB; a report may be at most 5 MB/);
    // Multi-byte characters count as bytes, not characters.
    const wide = `${RESULT_HEADER}\nAH-W-1,FAILED,,,${"é".repeat(PAYOUT_REPORT_MAX_BYTES / 2)}\n`;
    expect(badInputOf(wide).message).toMatch(/at most 5 MB/);
  });
});
