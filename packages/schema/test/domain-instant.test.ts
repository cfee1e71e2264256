import { GraphQLDateTimeISO } from "graphql-scalars";
import { parseInstant } from "../src/domain";

// parseInstant judges a sales file's times as the API's DateTimeISO input judges them.
const scalarTime = (text: string): number | null => {
  try {
    return (GraphQLDateTimeISO.parseValue(text) as Date).getTime();
  } catch {
    return null;
  }
};

describe("parseInstant", () => {
  it.each([
    "2026-01-15T10:30:00Z",
    "2026-01-15T10:30:00.123456Z",
    "2026-01-15t10:30:00z",
    "2026-01-15T10:30:00+01:00",
    "2026-01-15T10:30:00-23:59",
    "2026-01-15T10:30:00|01:00",
    "2024-02-29T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2026-04-31T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-01-15T24:00:00Z",
    "2026-01-15T23:59:60Z",
    "2026-01-15T10:30Z",
    "2026-01-15T10:30:00",
    "2026-01-15 10:30:00Z",
    "2026-01-15T10:30:00.Z",
    "2026-01-15T10:30:00+24:00",
    "0000-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    " 2026-01-15T10:30:00Z",
    "tomorrow",
    "",
  ])("agrees with the DateTimeISO scalar on %p", (text) => {
    const parsed = parseInstant(text);
    const time = parsed === null ? null : parsed.getTime();
    expect(Number.isNaN(time) ? "Invalid Date" : time).toEqual(
      Number.isNaN(scalarTime(text)) ? "Invalid Date" : scalarTime(text),
    );
  });
});
