import { parse } from "csv-parse/sync";
import { PaymentMethod, PayoutFileFormat } from "@allyhut/schema";
import { BadInput, type PayoutFileItem } from "@allyhut/schema/domain";
import { csvText } from "../src/modules/payouts/csv-cells";
import { ibanIn } from "../src/modules/payouts/payout-file-bank-details";
import { payoutFile } from "../src/modules/payouts/payout-files";
import { parsePayoutReport } from "../src/modules/payouts/payout-reports";

const item = (overrides: Partial<PayoutFileItem> = {}): PayoutFileItem => ({
  reference: "AH-W-1042",
  affiliateName: "Lois Lane",
  affiliateEmail: "lois@example.com",
  paymentMethod: PaymentMethod.PAYPAL,
  payoutAccount: "lois.pay@example.com",
  amountCents: 1500,
  currencyCode: "USD",
  sellerName: "Daily Planet",
  ...overrides,
});

const bank = (payoutAccount: string, overrides: Partial<PayoutFileItem> = {}): PayoutFileItem =>
  item({
    paymentMethod: PaymentMethod.BANK_TRANSFER,
    payoutAccount,
    currencyCode: "EUR",
    ...overrides,
  });

/** The file read back by a CSV parser: every record's cells. */
const cellsOf = (csv: string): string[][] => parse(csv, { record_delimiter: "\r\n" });

const FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+2", "-3", "@SUM(A1)", "\tTab", "\rReturn"];

describe("payoutFile(GENERIC_CSV)", () => {
  it("writes the header and one CRLF line per withdrawal, amounts exact from cents", () => {
    const csv = payoutFile(PayoutFileFormat.GENERIC_CSV, [
      item(),
      bank("IBAN DE89 3704 0044 0532 0130 00", {
        reference: "AH-W-7",
        amountCents: 123405,
        affiliateName: "Clark Kent",
        affiliateEmail: "clark@example.com",
      }),
    ]);
    expect(csv).toBe(
      "reference,name,email,payment_method,payout_account,amount,currency\r\n" +
        "AH-W-1042,Lois Lane,lois@example.com,PAYPAL,lois.pay@example.com,15.00,USD\r\n" +
        "AH-W-7,Clark Kent,clark@example.com,BANK_TRANSFER,IBAN DE89 3704 0044 0532 0130 00,1234.05,EUR\r\n",
    );
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("neutralizes formulas in what people typed, and quotes commas, quotes and line breaks", () => {
    const items = FORMULAS.map((text, index) =>
      item({
        reference: `AH-W-${index + 1}`,
        affiliateName: text,
        payoutAccount: text,
        affiliateEmail: text,
      }),
    );
    items.push(item({ affiliateName: 'O\'Brien, "Bo"\nJr.', payoutAccount: "a,b" }));
    const rows = cellsOf(payoutFile(PayoutFileFormat.GENERIC_CSV, items)).slice(1);
    FORMULAS.forEach((text, index) => {
      expect(rows[index]).toEqual([
        `AH-W-${index + 1}`,
        `'${text}`,
        `'${text}`,
        "PAYPAL",
        `'${text}`,
        "15.00",
        "USD",
      ]);
    });
    expect(rows[FORMULAS.length]?.slice(1, 5)).toEqual([
      'O\'Brien, "Bo"\nJr.',
      "lois@example.com",
      "PAYPAL",
      "a,b",
    ]);
  });

  it("refuses an amount that is not a positive whole number of cents", () => {
    for (const amountCents of [0, -100, 1.5]) {
      expect(() => payoutFile(PayoutFileFormat.GENERIC_CSV, [item({ amountCents })])).toThrow(
        RangeError,
      );
    }
  });

  it("round trip: the file, a result CSV built from it, the parsed report", () => {
    const items = [
      item(),
      bank("GB82 WEST 1234 5698 7654 32", { reference: "AH-W-1043", amountCents: 99 }),
    ];
    const [header, ...rows] = cellsOf(payoutFile(PayoutFileFormat.GENERIC_CSV, items));
    expect(header).toEqual([
      "reference",
      "name",
      "email",
      "payment_method",
      "payout_account",
      "amount",
      "currency",
    ]);
    const result = csvText([
      ["reference", "status", "receipt_number", "paid_on", "note", "amount", "currency"],
      ...rows.map(([reference, , , , , amount, currency], index) =>
        index === 0
          ? [reference ?? "", "PAID", "TX-1", "2026-03-02", "", amount ?? "", currency ?? ""]
          : [
              reference ?? "",
              "FAILED",
              "",
              "",
              "Account closed, money returned",
              amount ?? "",
              currency ?? "",
            ],
      ),
    ]);
    expect(parsePayoutReport(result)).toEqual([
      {
        line: 2,
        reference: "AH-W-1042",
        outcome: "PAID",
        receiptNumber: "TX-1",
        paidOn: "2026-03-02",
        amountCents: 1500,
        currencyCode: "USD",
        reason: null,
      },
      {
        line: 3,
        reference: "AH-W-1043",
        outcome: "FAILED",
        receiptNumber: null,
        paidOn: null,
        amountCents: 99,
        currencyCode: "EUR",
        reason: "FAILED: Account closed, money returned",
      },
    ]);
  });
});

describe("payoutFile(PAYPAL_PAYOUTS)", () => {
  it("writes PayPal's columns without a header: recipient, amount, currency, customer id, note, wallet", () => {
    const csv = payoutFile(PayoutFileFormat.PAYPAL_PAYOUTS, [
      item(),
      item({ reference: "AH-W-1043", payoutAccount: " clark@example.com ", amountCents: 100000 }),
    ]);
    expect(csv).toBe(
      "lois.pay@example.com,15.00,USD,AH-W-1042,AH-W-1042: your affiliate payout from Daily Planet,PAYPAL\r\n" +
        "clark@example.com,1000.00,USD,AH-W-1043,AH-W-1043: your affiliate payout from Daily Planet,PAYPAL\r\n",
    );
  });

  it("neutralizes a formula in the account, keeps the seller's commas quoted, caps the note at 400", () => {
    const [row] = cellsOf(
      payoutFile(PayoutFileFormat.PAYPAL_PAYOUTS, [
        item({
          payoutAccount: "=cmd|' /C calc'!A0",
          sellerName: `Planet, Inc. ${"x".repeat(500)}`,
        }),
      ]),
    );
    expect(row?.[0]).toBe("'=cmd|' /C calc'!A0");
    expect(row?.[4]?.startsWith("AH-W-1042: your affiliate payout from Planet, Inc. x")).toBe(true);
    expect(row?.[4]).toHaveLength(400);
    expect(row).toHaveLength(6);
  });

  it("refuses bank transfers and mixed currencies", () => {
    expect(() =>
      payoutFile(PayoutFileFormat.PAYPAL_PAYOUTS, [item(), bank("DE89370400440532013000")]),
    ).toThrow(BadInput);
    expect(() =>
      payoutFile(PayoutFileFormat.PAYPAL_PAYOUTS, [item(), item({ currencyCode: "EUR" })]),
    ).toThrow(/one currency per file/);
  });
});

describe("payoutFile(WISE_BATCH)", () => {
  const WISE_COLUMNS =
    "name,recipientEmail,paymentReference,receiverType,amountCurrency,amount,sourceCurrency,targetCurrency";

  it("pays an IBAN found in the affiliate's text, by e-mail otherwise", () => {
    const csv = payoutFile(PayoutFileFormat.WISE_BATCH, [
      bank("IBAN DE89 3704 0044 0532 0130 00 (Commerzbank), BIC COBADEFFXXX"),
      bank("my bank: Sparkasse, account 1234", {
        reference: "AH-W-2",
        affiliateName: "-Clark",
        affiliateEmail: "clark@example.com",
        amountCents: 5,
      }),
    ]);
    expect(csv).toBe(
      `${WISE_COLUMNS},IBAN\r\n` +
        "Lois Lane,lois@example.com,AH-W-1042,PERSON,target,15.00,EUR,EUR,DE89370400440532013000\r\n" +
        "'-Clark,clark@example.com,AH-W-2,PERSON,target,0.05,EUR,EUR,\r\n",
    );
  });

  it("is the e-mail template alone for PayPal withdrawals", () => {
    expect(payoutFile(PayoutFileFormat.WISE_BATCH, [item()])).toBe(
      `${WISE_COLUMNS}\r\nLois Lane,lois@example.com,AH-W-1042,PERSON,target,15.00,USD,USD\r\n`,
    );
  });

  it("pays a UK account number and sort code in pounds", () => {
    const rows = cellsOf(
      payoutFile(PayoutFileFormat.WISE_BATCH, [
        bank("Account 12345678, sort code 40-30-20", { currencyCode: "GBP" }),
        bank("Account 12345678, sort code 40-30-20", { currencyCode: "EUR", reference: "AH-W-2" }),
      ]),
    );
    expect(rows[0]).toEqual([...WISE_COLUMNS.split(","), "accountNumber", "sortCode"]);
    expect(rows[1]?.slice(-4)).toEqual(["GBP", "GBP", "12345678", "403020"]);
    expect(rows[2]?.slice(-4)).toEqual(["EUR", "EUR", "", ""]);
  });

  it("finds only IBANs whose check digits add up", () => {
    expect(ibanIn("iban gb82 west 1234 5698 7654 32")).toBe("GB82WEST12345698765432");
    expect(ibanIn("IBAN DE89 3704 0044 0532 0130 01")).toBeNull();
    expect(ibanIn("Account 12345678, sort code 40-30-20")).toBeNull();
  });
});
