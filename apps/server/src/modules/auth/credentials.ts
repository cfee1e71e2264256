import { badInput } from "@allyhut/schema/graphql";
import { charLength } from "../rows";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;

// A pragmatic address check: one @, no blanks or quotes in the local part, a dotted domain of letters/digits.
const EMAIL_PATTERN =
  /^[^\s@"(),:;<>[\\\]]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

const CONTROL_CHARACTERS = /\p{Cc}/u;

/** A well-formed email address, at most 254 characters (trimmed first). */
export function isEmailAddress(value: string): boolean {
  return charLength(value) <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
}

/** How an email is compared: trimmed, NFC and lower-cased (the unique key of users, compared as bytes). */
export const normalizeEmail = (email: string): string =>
  String(email ?? "")
    .trim()
    .normalize("NFC")
    .toLowerCase();

/** A person's name: trimmed, 1..100 characters, no control characters. */
export function checkName(name: string): string {
  const trimmed = String(name ?? "").trim();
  if (trimmed.length === 0) throw badInput("name", "Enter your name.");
  if (charLength(trimmed) > NAME_MAX_LENGTH) {
    throw badInput("name", `The name can be at most ${NAME_MAX_LENGTH} characters long.`);
  }
  if (CONTROL_CHARACTERS.test(trimmed)) {
    throw badInput("name", "The name cannot contain control characters.");
  }
  return trimmed;
}

/** The email as typed (trimmed) and its normalized form; BAD_USER_INPUT on "email" if malformed. */
export function checkEmail(email: string): { email: string; normalized: string } {
  const trimmed = String(email ?? "").trim();
  if (!isEmailAddress(trimmed)) {
    throw badInput("email", "Enter a valid email address, like name@example.com.");
  }
  return { email: trimmed, normalized: normalizeEmail(trimmed) };
}

/** A new password: 8..128 characters, kept exactly as typed (no trimming). */
export function checkNewPassword(password: string): string {
  const length = typeof password === "string" ? charLength(password) : 0;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw badInput(
      "password",
      `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
    );
  }
  return password;
}
