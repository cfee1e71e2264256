import { localeNumericFormat, parseTypedDate } from "./typed-date";

describe("parseTypedDate", () => {
  it.each([
    ["2026-12-24", "2026-12-24"],
    ["  2026-12-24 ", "2026-12-24"],
    ["12/24/2026", "2026-12-24"],
    ["1/5/2026", "2026-01-05"],
    ["Dec 25, 2026", "2026-12-25"],
    ["dec. 25 2026", "2026-12-25"],
    ["December 25, 2026", "2026-12-25"],
    ["25 Dec 2026", "2026-12-25"],
    ["25 DECEMBER 2026", "2026-12-25"],
  ])("reads %p in en-US as %s", (typed, date) => {
    expect(parseTypedDate(typed, "en-US")).toBe(date);
  });

  it.each(["", "yesterday", "2026-02-30", "13/01/2026", "Dec 32, 2026", "24.12"])(
    "reads no date in %p",
    (typed) => {
      expect(parseTypedDate(typed, "en-US")).toBeNull();
    },
  );

  it("reads the numeric date in the locale's order", () => {
    expect(localeNumericFormat("en-US")).toBe("MM[/]DD[/]YYYY");
    expect(parseTypedDate("24/12/2026", "en-GB")).toBe("2026-12-24");
    expect(parseTypedDate("24.12.2026", "de-DE")).toBe("2026-12-24");
    expect(parseTypedDate("2026/12/24", "ja-JP")).toBe("2026-12-24");
    // The same digits mean another day elsewhere: 03/04 is March 4 in en-US, April 3 in en-GB.
    expect(parseTypedDate("03/04/2026", "en-US")).toBe("2026-03-04");
    expect(parseTypedDate("03/04/2026", "en-GB")).toBe("2026-04-03");
  });
});
