import {
  columnsReadOf,
  mapSaleColumns,
  readSalesCsv,
  SALES_CSV_MAX_BYTES,
  SALES_CSV_MAX_LINES,
  salesFileSizeProblem,
} from "./sales-csv";

describe("mapSaleColumns", () => {
  it("finds each column by its usual headers, whatever their case and spaces", () => {
    expect(
      mapSaleColumns([
        "Transaction ID",
        "AFFILIATE CODE",
        "Product Name",
        "Sale Amount",
        "Purchase Date",
      ]),
    ).toEqual({ orderId: 0, referralCode: 1, offer: 2, saleAmount: 3, occurredAt: 4 });
    expect(mapSaleColumns(["order_id", "ref", "course", "total", "created_at"])).toEqual({
      orderId: 0,
      referralCode: 1,
      offer: 2,
      saleAmount: 3,
      occurredAt: 4,
    });
    expect(
      mapSaleColumns([" Order Id ", "Referral_Code", "Offer ID", "price", "occurred_at"]),
    ).toEqual({ orderId: 0, referralCode: 1, offer: 2, saleAmount: 3, occurredAt: 4 });
  });

  it("prefers the more exact header when a file has two", () => {
    // "amount" before "price", "order id" before "order".
    expect(mapSaleColumns(["order", "order id", "price", "amount"])).toMatchObject({
      orderId: 1,
      saleAmount: 3,
    });
  });
});

describe("readSalesCsv", () => {
  it("reads rows numbered by their line, trimmed, blank lines skipped, no date as null", () => {
    const csv =
      "\uFEFFOrder ID,Code,Offer,Amount,Date\r\n A-1 ,RSA7K2,Masterclass,49.00,2026-03-01\r\n\r\nA-2,RSA7K2,3,19,\r\n";
    expect(readSalesCsv(csv)).toEqual({
      ok: true,
      headerOf: {
        orderId: "Order ID",
        referralCode: "Code",
        offer: "Offer",
        saleAmount: "Amount",
        occurredAt: "Date",
      },
      rows: [
        {
          line: 2,
          orderId: "A-1",
          referralCode: "RSA7K2",
          offer: "Masterclass",
          saleAmount: "49.00",
          occurredAt: "2026-03-01",
        },
        {
          line: 4,
          orderId: "A-2",
          referralCode: "RSA7K2",
          offer: "3",
          saleAmount: "19",
          occurredAt: null,
        },
      ],
    });
  });

  it("reads semicolon-separated exports and files without a date column", () => {
    const result = readSalesCsv("order;referral;product;total\nA-1;RSA7K2;Masterclass;49,00\n");
    expect(result).toMatchObject({
      ok: true,
      rows: [
        { line: 2, orderId: "A-1", offer: "Masterclass", saleAmount: "49,00", occurredAt: null },
      ],
    });
  });

  it("names the missing columns and the ones it found", () => {
    expect(readSalesCsv("Order ID,Email,Total\nA-1,a@b.c,49\n")).toEqual({
      ok: false,
      problem:
        "Missing columns: referral code, offer. The first line names the columns (found: " +
        "Order ID, Email, Total); name them like order_id, referral_code, offer, amount and date.",
    });
  });

  it("refuses a file with no sales, or more than 10,000", () => {
    expect(readSalesCsv("order_id,code,offer,amount\n\n")).toEqual({
      ok: false,
      problem: "The file has no sales under its first line.",
    });
    const line = "A,RSA7K2,Masterclass,49\n";
    const tooMany = `order_id,code,offer,amount\n${line.repeat(SALES_CSV_MAX_LINES + 1)}`;
    expect(readSalesCsv(tooMany)).toEqual({
      ok: false,
      problem: expect.stringContaining(
        "This file has 10,001 sales; at most 10,000 can be imported",
      ),
    });
    const enough = `order_id,code,offer,amount\n${line.repeat(SALES_CSV_MAX_LINES)}`;
    expect(readSalesCsv(enough)).toMatchObject({ ok: true });
  });

  it("says which line has a quote never closed", () => {
    expect(readSalesCsv('order_id,code,offer,amount\nA-1,RSA7K2,"Master,49\n')).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Line \d+ has a quote that is never closed/),
    });
  });
});

describe("columnsReadOf", () => {
  it("says which header each column came from, and when there is no date", () => {
    expect(columnsReadOf({ orderId: "Transaction ID", occurredAt: "Date" })).toBe(
      "order id from “Transaction ID”, date from “Date”",
    );
    expect(columnsReadOf({ orderId: "order" })).toBe(
      "order id from “order”; no date column, so every sale is dated now",
    );
  });
});

describe("salesFileSizeProblem", () => {
  it("allows 5 MB and refuses a byte more, in words", () => {
    expect(salesFileSizeProblem(SALES_CSV_MAX_BYTES)).toBeNull();
    expect(salesFileSizeProblem(SALES_CSV_MAX_BYTES + 1)).toBe(
      "This file is 5.0 MB; a sales file can be at most 5 MB. Split it into smaller files.",
    );
  });
});
