import { codePointLength, lineTextProblem } from "../src";

const rule = { subject: "The name", maxCodePoints: 3, blankMessage: "Enter the name." };

describe("codePointLength", () => {
  it("counts code points, as VARCHAR does, not UTF-16 units", () => {
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("😀")).toBe(1);
    expect("😀".length).toBe(2);
    // A combining mark is a code point of its own.
    expect(codePointLength("e\u0301")).toBe(2);
    expect(codePointLength("")).toBe(0);
  });
});

describe("lineTextProblem", () => {
  it.each([
    ["abc", null],
    ["  abc  ", null],
    ["😀😀😀", null],
    ["e\u0301e", null],
    ["abcd", "The name can be at most 3 characters long."],
    ["😀😀😀😀", "The name can be at most 3 characters long."],
    ["e\u0301e\u0301", "The name can be at most 3 characters long."],
    ["", "Enter the name."],
    [" \t\n ", "Enter the name."],
    ["a\tb", "The name cannot contain control characters."],
    ["a\u0000", "The name cannot contain control characters."],
  ])("judges %p trimmed: %p", (value, problem) => {
    expect(lineTextProblem(value, rule)).toBe(problem);
  });
});
