import { isCalendarDate } from "../rules/dates";

// RFC 3339 date-time with a zone, as graphql-scalars' DateTimeISO scalar accepts it (checked on the
// upper-cased text; a leap second is refused, since a JS Date cannot hold one).
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The instant written as the API's DateTimeISO input takes it ("2026-01-15T10:30:00Z", any offset),
 * or null: the same judgement as the scalar, for text that arrives outside GraphQL (a sales file).
 */
export function parseInstant(text: string): Date | null {
  const upper = text.toUpperCase();
  const match = DATE_TIME.exec(upper);
  if (!match?.[1] || !isCalendarDate(match[1]) || Number.isNaN(Date.parse(upper))) return null;
  return new Date(text);
}
