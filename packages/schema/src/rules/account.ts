import { codePointLength, lineTextProblem } from "./text";

export const USER_NAME_MAX_CODE_POINTS = 100;
export const EMAIL_MAX_CODE_POINTS = 254;
export const PASSWORD_MIN_CODE_POINTS = 8;
export const PASSWORD_MAX_CODE_POINTS = 128;

// A pragmatic address check: one @, no blanks or quotes in the local part, a dotted domain of letters/digits.
const EMAIL_PATTERN =
  /^[^\s@"(),:;<>[\\\]]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

/** A well-formed email address of at most 254 characters, as given (the caller trims). */
export function isEmailAddress(value: string): boolean {
  return codePointLength(value) <= EMAIL_MAX_CODE_POINTS && EMAIL_PATTERN.test(value);
}

/** A person's name, judged trimmed: 1 to 100 characters, no control characters. */
export const userNameProblem = (name: string): string | null =>
  lineTextProblem(name, {
    subject: "The name",
    maxCodePoints: USER_NAME_MAX_CODE_POINTS,
    blankMessage: "Enter your name.",
  });

/** The email to sign up with, judged trimmed. */
export const emailProblem = (email: string): string | null =>
  isEmailAddress(email.trim()) ? null : "Enter a valid email address, like name@example.com.";

/** A new password: 8 to 128 characters, kept exactly as typed (never trimmed). */
export function newPasswordProblem(password: string): string | null {
  const length = codePointLength(password);
  return length < PASSWORD_MIN_CODE_POINTS || length > PASSWORD_MAX_CODE_POINTS
    ? `The password must be ${PASSWORD_MIN_CODE_POINTS} to ${PASSWORD_MAX_CODE_POINTS} characters long.`
    : null;
}
