import { Kind, type ValueNode } from "graphql";
import { ApiError, DecimalScalar } from "../src/graphql";

const literal = (value: string): ValueNode => ({ kind: Kind.STRING, value });
const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? error.extensions.code : error;
  }
  return "no error";
};

describe("Decimal input", () => {
  it.each([
    ["3", 300],
    ["3.5", 350],
    ["3.50", 350],
    ["0.10", 10],
    ["0", 0],
    ["0.01", 1],
    ["9999999999999.99", 999_999_999_999_999],
    ["1234567890123", 123_456_789_012_300],
  ])("parses %p to %p hundredths", (input, hundredths) => {
    expect(DecimalScalar.parseValue(input)).toBe(hundredths);
    expect(DecimalScalar.parseLiteral(literal(input))).toBe(hundredths);
  });

  it.each([
    "-1",
    "+1",
    "1.001",
    "1e3",
    " 3",
    "3 ",
    "",
    ".5",
    "3.",
    "1,5",
    "12345678901234",
    "0x10",
  ])("rejects %p as BAD_USER_INPUT", (input) => {
    expect(codeOf(() => DecimalScalar.parseValue(input))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => DecimalScalar.parseLiteral(literal(input)))).toBe("BAD_USER_INPUT");
  });

  it.each([3, 3.5, null, true, {}, ["3"]])("rejects the non-string %p", (input) => {
    expect(codeOf(() => DecimalScalar.parseValue(input))).toBe("BAD_USER_INPUT");
  });

  it("rejects a number or float literal: amounts are strings", () => {
    expect(codeOf(() => DecimalScalar.parseLiteral({ kind: Kind.INT, value: "3" }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: "3.5" }))).toBe(
      "BAD_USER_INPUT",
    );
  });
});

describe("Decimal output", () => {
  it.each([
    [300, "3.00"],
    [350, "3.50"],
    [10, "0.10"],
    [0, "0.00"],
    [1, "0.01"],
    [-105, "-1.05"],
    [999_999_999_999_999, "9999999999999.99"],
  ])("formats %p hundredths as %p", (hundredths, output) => {
    expect(DecimalScalar.serialize(hundredths)).toBe(output);
  });

  it.each([1.5, Number.NaN, "300", 2 ** 53, null])("refuses to format %p", (value) => {
    expect(() => DecimalScalar.serialize(value)).toThrow(TypeError);
  });
});
