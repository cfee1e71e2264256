import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { ErrorCode } from "../../errors";
import { DecimalFormatError, formatCents, parseDecimalToCents } from "../../money";
import { ApiError } from "../errors";

// Inside, a Decimal is a whole number of hundredths: cents for money, hundredths of a percent for rates.
function parseDecimalInput(input: unknown, node?: ValueNode): number {
  try {
    return parseDecimalToCents(input);
  } catch (error) {
    if (!(error instanceof DecimalFormatError)) throw error;
    throw new ApiError(ErrorCode.BAD_USER_INPUT, error.message, undefined, node);
  }
}

/** `Decimal`: a two-digit decimal string outside, an integer count of hundredths inside. */
export const DecimalScalar = new GraphQLScalarType<number, string>({
  name: "Decimal",
  description:
    'A decimal amount as a string, e.g. "3.00".\n\n' +
    'Output always has exactly two fraction digits ("3.00"; "-1.05" only for a clawback). Input accepts 1–13 ' +
    'integer digits and at most 2 fraction digits ("3", "3.5", "3.50"); a sign, an exponent, spaces, a ' +
    "blank or a number instead of a string is BAD_USER_INPUT. Money is in the major unit of the seller's " +
    'currency; a PERCENTAGE commission value is a percent ("10.00" = 10 %).',
  serialize(value: unknown): string {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      throw new TypeError(`Decimal cannot represent ${String(value)}: expected whole hundredths`);
    }
    return formatCents(value);
  },
  parseValue: (value: unknown) => parseDecimalInput(value),
  parseLiteral(node: ValueNode): number {
    return parseDecimalInput(node.kind === Kind.STRING ? node.value : undefined, node);
  },
});
