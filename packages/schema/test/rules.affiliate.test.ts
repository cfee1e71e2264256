import { PaymentMethod, paymentMethodProblem, payoutAccountProblem } from "../src";

const { BANK_TRANSFER, PAYPAL } = PaymentMethod;

describe("payout details", () => {
  it.each([
    [PAYPAL, "clark@example.com", true],
    [PAYPAL, " clark.kent.extremely.long.address@dailyplanet-newsroom.test ", true],
    [PAYPAL, "clark", false],
    [PAYPAL, 'cl"ark@example.com', false],
    [BANK_TRANSFER, "1", true],
    [BANK_TRANSFER, "DE89 3704 0044 0532 0130 00", true],
    [BANK_TRANSFER, "😀".repeat(254), true],
    [BANK_TRANSFER, "😀".repeat(255), false],
    [BANK_TRANSFER, "   ", false],
    [BANK_TRANSFER, "DE89\t3704", false],
  ])("%s account %p is valid: %p", (method, account, valid) => {
    expect(payoutAccountProblem(method, account) === null).toBe(valid);
  });

  it("knows the payment methods", () => {
    expect(paymentMethodProblem(PAYPAL)).toBeNull();
    expect(paymentMethodProblem("CHEQUE")).toBe(
      "The payment method must be PAYPAL or BANK_TRANSFER.",
    );
  });
});
