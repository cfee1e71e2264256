import { apiDecimalToCents, formatMoney, formatPercent } from "./money";

describe("formatMoney", () => {
  const usd = (amount: string) => formatMoney(amount, "USD");

  it("formats API decimals in the currency without losing a cent", () => {
    expect(usd("3.00")).toBe(
      new Intl.NumberFormat(undefined, { style: "currency", currency: "USD" }).format(3),
    );
    expect(usd("9999999999999.99")).toMatch(/9,?999,?999,?999,?999\.99/);
    expect(usd("0.10")).toMatch(/0\.10/);
  });

  it("keeps the sign of small negative amounts (a clawback)", () => {
    expect(usd("-0.05")).toMatch(/^-.*0\.05$/);
  });

  it("shows an unexpected value as it came rather than guessing", () => {
    expect(usd("abc")).toBe("abc USD");
  });
});

describe("apiDecimalToCents", () => {
  it("reads positive and negative API decimals as integer cents", () => {
    expect(apiDecimalToCents("12.30")).toBe(1230);
    expect(apiDecimalToCents("-4.05")).toBe(-405);
    expect(apiDecimalToCents("0.00")).toBe(0);
  });
});

describe("formatPercent", () => {
  it("drops trailing zeros and keeps the significant ones", () => {
    expect(formatPercent("10.00")).toBe("10 %");
    expect(formatPercent("12.50")).toMatch(/^12[.,]5 %$/);
    expect(formatPercent("0.05")).toMatch(/^0[.,]05 %$/);
    expect(formatPercent("100.00")).toBe("100 %");
  });
});
