import { WithdrawalStatus } from "@allyhut/schema";
import { paidOnRange, processInput, processValidators, type ProcessValues } from "./process-rules";

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

  it("sends them only with an approval, the receipt trimmed", () => {
    expect(processInput("w1", typed({ receiptNumber: " RCPT-1 " }))).toMatchObject({
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
