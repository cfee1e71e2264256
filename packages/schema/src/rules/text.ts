// Lengths count characters as the database's VARCHAR does: Unicode code points, not UTF-16 units.

/** A string's length in code points: "😀" is 1 (2 UTF-16 units); "é" typed as e + U+0301 is 2. */
export const codePointLength = (value: string): number => [...value].length;

const CONTROL_CHARACTER = /\p{Cc}/u;

/** How a one-line text (a name, an account) is judged and named in its messages. */
export interface LineTextRule {
  /** The text as a message names it: "The name". */
  subject: string;
  maxCodePoints: number;
  /** The message for a blank text. */
  blankMessage: string;
}

/** A one-line text judged trimmed: not blank, not too long, no control characters. */
export function lineTextProblem(value: string, rule: LineTextRule): string | null {
  const text = value.trim();
  if (text === "") return rule.blankMessage;
  if (codePointLength(text) > rule.maxCodePoints) {
    return `${rule.subject} can be at most ${rule.maxCodePoints} characters long.`;
  }
  if (CONTROL_CHARACTER.test(text)) return `${rule.subject} cannot contain control characters.`;
  return null;
}
