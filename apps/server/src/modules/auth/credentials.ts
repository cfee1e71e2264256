import { BadInput } from "@allyhut/schema/domain";
import { emailProblem, newPasswordProblem, userNameProblem } from "@allyhut/schema";

/** How an email is compared: trimmed, NFC and lower-cased (the unique key of users, compared as bytes). */
export const normalizeEmail = (email: string): string =>
  String(email ?? "")
    .trim()
    .normalize("NFC")
    .toLowerCase();

/** A person's name: trimmed, 1..100 characters, no control characters. */
export function checkName(name: string): string {
  const trimmed = String(name ?? "").trim();
  const problem = userNameProblem(trimmed);
  if (problem) throw new BadInput("name", problem);
  return trimmed;
}

/** The email as typed (trimmed) and its normalized form; BAD_USER_INPUT on "email" if malformed. */
export function checkEmail(email: string): { email: string; normalized: string } {
  const trimmed = String(email ?? "").trim();
  const problem = emailProblem(trimmed);
  if (problem) throw new BadInput("email", problem);
  return { email: trimmed, normalized: normalizeEmail(trimmed) };
}

/** A new password: 8..128 characters, kept exactly as typed (no trimming). */
export function checkNewPassword(password: string): string {
  const problem = newPasswordProblem(typeof password === "string" ? password : "");
  if (problem) throw new BadInput("password", problem);
  return password;
}
