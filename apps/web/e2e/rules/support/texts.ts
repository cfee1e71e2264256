import { randomBytes } from "node:crypto";

/** A short token no other case of this run uses: accepted emails and slugs must be new. */
export const uniqueToken = (): string => randomBytes(4).toString("hex");

/** "😀": 2 UTF-16 units, 1 character (code point). */
export const ASTRAL = "😀";
/** "é" written e + U+0301: 2 characters, as the database counts them (no normalisation). */
export const COMBINING_E = "e\u0301";

/** An email address of exactly `length` characters: 64 in the local part, the rest in the domain. */
export function emailOfLength(length: number): string {
  const local = uniqueToken().padEnd(64, "a");
  const tld = ".test";
  return `${local}@${"d".repeat(length - local.length - 1 - tld.length)}${tld}`;
}

/** A new, valid email address. */
export const newEmail = (): string => `person-${uniqueToken()}@allyhut.test`;
