import { emailProblem, isEmailAddress, newPasswordProblem, userNameProblem } from "../src";

const emailOfLength = (length: number): string => {
  const domain = ".example.com";
  return `${"a".repeat(64)}@${"d".repeat(length - 65 - domain.length)}${domain}`;
};

describe("sign-up rules", () => {
  it("takes a name of 1 to 100 characters, trimmed, without control characters", () => {
    expect(userNameProblem("  Ada  ")).toBeNull();
    expect(userNameProblem("😀".repeat(100))).toBeNull();
    expect(userNameProblem("😀".repeat(101))).toBe("The name can be at most 100 characters long.");
    expect(userNameProblem("   ")).toBe("Enter your name.");
    expect(userNameProblem("Ada\u0007")).toBe("The name cannot contain control characters.");
  });

  it.each([
    ["ada@example.com", true],
    [" ada@example.com ", true],
    ["josé@exämple.com", true],
    ["😀@example.com", true],
    [emailOfLength(254), true],
    [emailOfLength(255), false],
    [`${"a".repeat(65)}@example.com`, false],
    ["ada", false],
    ["ada@example", false],
    ["ada @example.com", false],
    ['a"da@example.com', false],
    ["ada@-example.com", false],
    ["ada@😀.com", false],
    ["", false],
  ])("email %p is valid: %p", (email, valid) => {
    expect(emailProblem(email) === null).toBe(valid);
    expect(isEmailAddress(email.trim())).toBe(valid);
  });

  it.each([
    ["a".repeat(8), true],
    ["a".repeat(7), false],
    [" ".repeat(8), true],
    ["😀".repeat(4), false],
    ["😀".repeat(8), true],
    ["a".repeat(128), true],
    ["😀".repeat(128), true],
    ["a".repeat(129), false],
  ])("password %p is valid: %p (counted in code points, never trimmed)", (password, valid) => {
    expect(newPasswordProblem(password) === null).toBe(valid);
  });
});
