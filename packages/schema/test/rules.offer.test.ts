import {
  CommissionType,
  MAX_DECIMAL_CENTS,
  commissionTypeProblem,
  commissionValueProblem,
  offerNameProblem,
  offerPriceProblem,
  typedAmountProblem,
} from "../src";

const { FLAT, PERCENTAGE } = CommissionType;

describe("offer rules", () => {
  it("takes a name of 1 to 200 characters, counted in code points", () => {
    expect(offerNameProblem("😀".repeat(200))).toBeNull();
    expect(offerNameProblem("😀".repeat(201))).toBe("The name can be at most 200 characters long.");
    expect(offerNameProblem("")).toBe("Enter the offer's name.");
    expect(offerNameProblem("Master\nclass")).toBe("The name cannot contain control characters.");
  });

  it("takes a price from 0.01 up to the largest Decimal", () => {
    expect(offerPriceProblem(1)).toBeNull();
    expect(offerPriceProblem(MAX_DECIMAL_CENTS)).toBeNull();
    for (const cents of [0, -1, 1.5, MAX_DECIMAL_CENTS + 1]) {
      expect(offerPriceProblem(cents)).toBe("The price must be greater than 0.");
    }
  });

  it.each([
    [PERCENTAGE, 0, null, true],
    [PERCENTAGE, 10_000, null, true],
    [PERCENTAGE, 10_001, null, false],
    [PERCENTAGE, -1, null, false],
    [FLAT, 4_900, 4_900, true],
    [FLAT, 4_901, 4_900, false],
    [FLAT, 0, 4_900, true],
    [FLAT, -1, 4_900, false],
    [FLAT, 4_901, null, true],
  ])(
    "%s commission of %p hundredths on a price of %p is valid: %p",
    (type, value, price, valid) => {
      expect(commissionValueProblem(type, value, price) === null).toBe(valid);
    },
  );

  it("knows the commission types", () => {
    expect(commissionTypeProblem(FLAT)).toBeNull();
    expect(commissionTypeProblem("BONUS")).toBe("The commission type must be PERCENTAGE or FLAT.");
  });
});

describe("typedAmountProblem", () => {
  it.each(["", " 1", "-1", "1.234", "1e3", "1,5", "abc", "12345678901234", "0", "0.00"])(
    "refuses %p",
    (text) => {
      expect(typedAmountProblem(text)).not.toBeNull();
    },
  );

  it.each(["1", "1.5", "1.50", "0.01", "9999999999999.99"])("accepts %p", (text) => {
    expect(typedAmountProblem(text)).toBeNull();
  });

  it("takes zero only where allowed (a commission)", () => {
    expect(typedAmountProblem("0")).toBe("Enter an amount above zero.");
    expect(typedAmountProblem("0", { allowZero: true })).toBeNull();
  });
});
