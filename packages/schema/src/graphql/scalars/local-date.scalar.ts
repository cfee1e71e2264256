import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { ErrorCode } from "../../errors";
import { isCalendarDate } from "../../rules/dates";
import { ApiError } from "../errors";

function parseLocalDate(input: unknown, node?: ValueNode): string {
  if (isCalendarDate(input)) return input;
  const message = 'Expected a real calendar date as "YYYY-MM-DD", like "2026-11-24".';
  throw new ApiError(ErrorCode.BAD_USER_INPUT, message, undefined, node);
}

/** `LocalDate`: a calendar date without a time zone; the internal value is the same string. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description:
    'A calendar date, e.g. 2026-11-24.\n\nWritten "YYYY-MM-DD" with no time or time zone; it must be a ' +
    "real date (2026-02-30 is BAD_USER_INPUT).",
  serialize(value: unknown): string {
    if (!isCalendarDate(value)) throw new TypeError(`LocalDate cannot represent ${String(value)}`);
    return value;
  },
  parseValue: (value: unknown) => parseLocalDate(value),
  parseLiteral(node: ValueNode): string {
    return parseLocalDate(node.kind === Kind.STRING ? node.value : undefined, node);
  },
});
