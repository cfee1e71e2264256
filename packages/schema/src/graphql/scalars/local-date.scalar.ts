import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { ErrorCode } from "../../errors";
import { ApiError } from "../errors";

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the value is a "YYYY-MM-DD" string naming a real calendar date (2026-02-30 is not). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 literally; an overflowing day rolls over.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function parseLocalDate(input: unknown, node?: ValueNode): string {
  if (isLocalDate(input)) return input;
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
    if (!isLocalDate(value)) throw new TypeError(`LocalDate cannot represent ${String(value)}`);
    return value;
  },
  parseValue: (value: unknown) => parseLocalDate(value),
  parseLiteral(node: ValueNode): string {
    return parseLocalDate(node.kind === Kind.STRING ? node.value : undefined, node);
  },
});
