import { WithdrawalStatus } from "@allyhut/schema";
import {
  paidOnRange,
  processInput,
  processValidators,
  typedPaymentProblems,
  type ProcessValues,
} from "./process-rules";

const { APPROVED, PENDING, REJECTED } = WithdrawalStatus;
// 23:30 on the 24th in New York: already the 25th in UTC, the API's date of the request.
const REQUESTED_AT = "2026-11-24T23:30:00-05:00";

const typed = (change: Partial<ProcessValues>): ProcessValues => ({
  status: APPROVED,
  receiptNumber: "RCPT-1",
  paidOn: "2026-11-25",
  note: "",
  ...change,
});

describe("the date paid", () => {
  it("runs from the request's UTC date to today's UTC date", () => {
    expect(paidOnRange(REQUESTED_AT, "2026-11-26")).toEqual({
      earliest: "2026-11-25",
      latest: "2026-11-26",
    });
  });

  it.each([
    ["2026-11-24", false],
    ["2026-11-25", true],
    ["2026-11-26", true],
    ["2026-11-27", false],
  ])("approving, paid on %s is valid: %p", (paidOn, valid) => {
    const { paidOn: validate } = processValidators(REQUESTED_AT, "2026-11-26");
    expect(validate(paidOn, typed({ paidOn })) === null).toBe(valid);
  });

  it("is judged as typed, in the locale's words, and only an approval needs one", () => {
    const { paidOn: validate } = processValidators(REQUESTED_AT, "2026-11-26", "en-US");
    expect(validate("Nov 26, 2026", typed({}))).toBeNull();
    expect(validate("11/25/2026", typed({}))).toBeNull();
    expect(validate("soon", typed({}))).toBe(
      "“soon” is not a date. Type it like Nov 26, 2026 or 2026-11-26.",
    );
    expect(validate("", typed({}))).toBe("Enter the date the payment was made.");
    expect(validate("", typed({ status: PENDING }))).toBeNull();
    expect(validate("soon", typed({ status: PENDING }))).toBeNull();
  });
});

describe("typedPaymentProblems", () => {
  it("says what an approval would say about what is typed, and nothing about blanks", () => {
    const problems = (change: Partial<ProcessValues>) =>
      typedPaymentProblems(
        typed({ status: PENDING, ...change }),
        REQUESTED_AT,
        "2026-11-26",
        "en-US",
      );
    expect(problems({ receiptNumber: "", paidOn: "" })).toEqual({
      receiptNumber: null,
      paidOn: null,
    });
    expect(problems({ receiptNumber: "r".repeat(101), paidOn: "Nov 24, 2026" })).toEqual({
      receiptNumber: "The receipt number can be at most 100 characters long.",
      paidOn: "The date paid cannot be before the request date (2026-11-25).",
    });
  });
});

describe("processInput", () => {
  it("sends no receipt number or date paid with a rejection, whatever was typed", () => {
    const values = typed({ status: REJECTED, note: "  Wrong PayPal address " });
    expect(processInput("w1", values)).toEqual({
      withdrawalId: "w1",
      status: REJECTED,
      receiptNumber: null,
      paidOn: null,
      note: "Wrong PayPal address",
    });
  });

  it("sends them only with an approval, the receipt trimmed and the date as read", () => {
    expect(
      processInput("w1", typed({ receiptNumber: " RCPT-1 ", paidOn: "Nov 25, 2026" }), "en-US"),
    ).toMatchObject({
      receiptNumber: "RCPT-1",
      paidOn: "2026-11-25",
      note: null,
    });
    expect(processInput("w1", typed({ status: PENDING }))).toMatchObject({
      receiptNumber: null,
      paidOn: null,
    });
  });
});
