import {
  SELLER_CURRENCY_CODES,
  sellerCurrencyProblem,
  sellerNameProblem,
  sellerSlugProblem,
} from "../src";

describe("seller rules", () => {
  it.each([
    ["abc", true],
    [" abc ", true],
    ["a".repeat(60), true],
    ["a--b", true],
    ["demo-coaching-2", true],
    ["ab", false],
    ["a".repeat(61), false],
    ["-abc", false],
    ["abc-", false],
    ["Abc", false],
    ["abç", false],
    ["ab😀", false],
    ["a b", false],
    ["", false],
  ])("slug %p is valid: %p", (slug, valid) => {
    expect(sellerSlugProblem(slug) === null).toBe(valid);
  });

  it("names the slug's limits in its message", () => {
    expect(sellerSlugProblem("ab")).toMatch(/^The slug must be 3 to 60 /);
  });

  it("takes the 30 currencies with two minor digits, and nothing else", () => {
    expect(SELLER_CURRENCY_CODES).toHaveLength(30);
    for (const code of SELLER_CURRENCY_CODES) expect(sellerCurrencyProblem(code)).toBeNull();
    expect(sellerCurrencyProblem(" EUR ")).toBeNull();
    for (const code of ["JPY", "usd", "XYZ", "", "US"]) {
      expect(sellerCurrencyProblem(code)).toMatch(/^The currency must be one of AED, ARS/);
    }
  });

  it("takes a business name of 1 to 100 characters", () => {
    expect(sellerNameProblem("Demo Coaching")).toBeNull();
    expect(sellerNameProblem("😀".repeat(100))).toBeNull();
    expect(sellerNameProblem("a".repeat(101))).toBe("The name can be at most 100 characters long.");
    expect(sellerNameProblem(" ")).toBe("Enter the business name.");
  });
});
