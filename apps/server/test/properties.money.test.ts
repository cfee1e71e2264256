import fc from "fast-check";
import {
  DECIMAL_INPUT_PATTERN,
  DecimalFormatError,
  MAX_DECIMAL_CENTS,
  formatCents,
  parseDecimalToCents,
  percentageCommissionCents,
} from "@allyhut/schema";
import { commissionCentsOf } from "../src/modules/commissions/commission-rules";
import { halfUpPercentageCents } from "./support/model";

// Money arithmetic as properties: 2,000 generated cases each (fast-check's seed is printed on failure).
const RUNS = { numRuns: 2_000 };
const MAX_PERCENT_HUNDREDTHS = 10_000;

const cents = fc.integer({ min: 0, max: MAX_DECIMAL_CENTS });
const percent = fc.integer({ min: 0, max: MAX_PERCENT_HUNDREDTHS });
const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength, maxLength });

/** Every string the API accepts as a Decimal: leading zeros and short fractions included. */
const decimalInput = fc
  .tuple(digits(1, 13), fc.option(digits(1, 2), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

/** The canonical form, by string surgery only (no arithmetic): "007.5" → "7.50". */
function canonical(input: string): string {
  const [whole = "", fraction = ""] = input.split(".");
  return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
}

describe("Decimal parse and format", () => {
  it("formatCents(parseDecimalToCents(s)) is s normalised to two fraction digits", () => {
    fc.assert(
      fc.property(decimalInput, (input) => {
        expect(DECIMAL_INPUT_PATTERN.test(input)).toBe(true);
        expect(formatCents(parseDecimalToCents(input))).toBe(canonical(input));
      }),
      RUNS,
    );
  });

  it("parseDecimalToCents(formatCents(c)) = c for every 0 ≤ c ≤ MAX_DECIMAL_CENTS", () => {
    fc.assert(
      fc.property(cents, (amountCents) => {
        const text = formatCents(amountCents);
        expect(text).toMatch(/^(0|[1-9]\d*)\.\d{2}$/);
        expect(DECIMAL_INPUT_PATTERN.test(text)).toBe(true);
        expect(parseDecimalToCents(text)).toBe(amountCents);
      }),
      RUNS,
    );
    for (const edge of [0, 1, 99, 100, MAX_DECIMAL_CENTS]) {
      expect(parseDecimalToCents(formatCents(edge))).toBe(edge);
    }
  });

  it("formats negative cents (clawbacks) as the positive amount with a minus sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_DECIMAL_CENTS }), (amountCents) => {
        expect(formatCents(-amountCents)).toBe(`-${formatCents(amountCents)}`);
      }),
      RUNS,
    );
  });

  it("rejects every string outside the Decimal pattern", () => {
    const notDecimal = fc
      .oneof(
        fc.string(),
        decimalInput.map((text) => `-${text}`),
        decimalInput.map((text) => ` ${text}`),
        digits(1, 13).map((whole) => `${whole}.`),
        digits(1, 2).map((fraction) => `.${fraction}`),
        fc.tuple(digits(1, 13), digits(3, 6)).map(([whole, fraction]) => `${whole}.${fraction}`),
        digits(14, 20),
        decimalInput.map((text) => `${text}e2`),
      )
      .filter((text) => !DECIMAL_INPUT_PATTERN.test(text));
    fc.assert(
      fc.property(notDecimal, (text) => {
        expect(() => parseDecimalToCents(text)).toThrow(DecimalFormatError);
      }),
      RUNS,
    );
  });
});

describe("commission rounding", () => {
  it("equals the exact rational sale × percent / 100 rounded half-up", () => {
    fc.assert(
      fc.property(cents, percent, (saleCents, hundredths) => {
        expect(percentageCommissionCents(saleCents, hundredths)).toBe(
          halfUpPercentageCents(saleCents, hundredths),
        );
      }),
      RUNS,
    );
  });

  it("is never more than half a cent away from the exact value, and ties go up", () => {
    fc.assert(
      fc.property(cents, percent, (saleCents, hundredths) => {
        const commission = BigInt(percentageCommissionCents(saleCents, hundredths));
        // 10,000 × (commission − exact) lies in (−5,000, 5,000]: within half a cent, a tie rounded up.
        const scaledError = commission * 10_000n - BigInt(saleCents) * BigInt(hundredths);
        expect(scaledError > -5_000n && scaledError <= 5_000n).toBe(true);
      }),
      RUNS,
    );
    // Exact ties, generated on purpose: 50 % of an odd number of cents is always k.5 → k + 1.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (MAX_DECIMAL_CENTS - 1) / 2 }), (half) => {
        expect(percentageCommissionCents(2 * half + 1, 5_000)).toBe(half + 1);
      }),
      RUNS,
    );
    expect(percentageCommissionCents(5, 1_000)).toBe(1);
    expect(percentageCommissionCents(4, 1_250)).toBe(1);
    expect(percentageCommissionCents(3, 1_250)).toBe(0);
  });

  it("is monotone in the sale and in the percentage", () => {
    fc.assert(
      fc.property(cents, cents, percent, percent, (saleA, saleB, percentA, percentB) => {
        const [lowSale, highSale] = saleA <= saleB ? [saleA, saleB] : [saleB, saleA];
        const [lowPercent, highPercent] =
          percentA <= percentB ? [percentA, percentB] : [percentB, percentA];
        expect(percentageCommissionCents(lowSale, lowPercent)).toBeLessThanOrEqual(
          percentageCommissionCents(highSale, lowPercent),
        );
        expect(percentageCommissionCents(lowSale, lowPercent)).toBeLessThanOrEqual(
          percentageCommissionCents(lowSale, highPercent),
        );
      }),
      RUNS,
    );
  });

  it("never exceeds the sale: 0 % is nothing, 100 % is the whole sale", () => {
    fc.assert(
      fc.property(cents, percent, (saleCents, hundredths) => {
        const commission = percentageCommissionCents(saleCents, hundredths);
        expect(Number.isSafeInteger(commission)).toBe(true);
        expect(commission).toBeGreaterThanOrEqual(0);
        expect(commission).toBeLessThanOrEqual(saleCents);
        expect(percentageCommissionCents(saleCents, 0)).toBe(0);
        expect(percentageCommissionCents(saleCents, MAX_PERCENT_HUNDREDTHS)).toBe(saleCents);
      }),
      RUNS,
    );
  });

  it("commissionCentsOf: PERCENTAGE rounds as above, FLAT is the flat amount whatever the sale", () => {
    fc.assert(
      fc.property(cents, percent, cents, (saleCents, hundredths, flatCents) => {
        expect(commissionCentsOf("PERCENTAGE", hundredths, saleCents)).toBe(
          halfUpPercentageCents(saleCents, hundredths),
        );
        expect(commissionCentsOf("FLAT", flatCents, saleCents)).toBe(flatCents);
      }),
      RUNS,
    );
  });
});
