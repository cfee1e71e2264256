import { Kind } from "graphql";
import { isCalendarDate } from "../src";
import { ApiError, LocalDateScalar } from "../src/graphql";

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? error.extensions.code : error;
  }
  return "no error";
};

describe("LocalDate", () => {
  it.each(["2026-11-24", "2024-02-29", "2026-12-31", "2026-01-01", "0099-05-06", "0000-02-29"])(
    "accepts the real date %p unchanged",
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
      expect(LocalDateScalar.parseValue(date)).toBe(date);
      expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: date })).toBe(date);
      expect(LocalDateScalar.serialize(date)).toBe(date);
    },
  );

  it.each([
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-2-3",
    "2026-02-03T00:00:00Z",
    " 2026-02-03",
    "garbage",
    "",
  ])("rejects %p as BAD_USER_INPUT", (input) => {
    expect(codeOf(() => LocalDateScalar.parseValue(input))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: input }))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("rejects non-strings", () => {
    expect(codeOf(() => LocalDateScalar.parseValue(20260203))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => LocalDateScalar.parseValue(new Date()))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: "20260203" }))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("refuses to serialise anything but a date string", () => {
    expect(() => LocalDateScalar.serialize(new Date())).toThrow(TypeError);
    expect(() => LocalDateScalar.serialize("2026-02-30")).toThrow(TypeError);
  });
});
