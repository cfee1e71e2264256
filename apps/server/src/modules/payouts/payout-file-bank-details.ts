// Reads the bank details an affiliate typed as free text ("IBAN DE89 3704 …", "Account 12345678, sort code 40-30-20").

/** Bank details Wise can pay to without asking the recipient. */
export type BankDetails =
  { kind: "IBAN"; iban: string } | { kind: "UK_ACCOUNT"; accountNumber: string; sortCode: string };

// Two letters, two check digits, then digits/letters in groups of up to 4, optionally spaced.
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}/gi;
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const SORT_CODE = /sort\s*code\D{0,5}(\d{2})[- ]?(\d{2})[- ]?(\d{2})(?!\d)/i;
const UK_ACCOUNT_NUMBER = /(?:account|acct|a\/c)(?:\s*(?:number|no\.?|#))?\D{0,5}(\d{8})(?!\d)/i;

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function isValidIban(compact: string): boolean {
  if (!IBAN_SHAPE.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= "A" ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * The first valid IBAN in the text, compact and upper-case, or null. A candidate may run into the
 * words after it ("… 0130 00 BIC COBADEFF"), so its longest prefix that passes the check wins.
 */
export function ibanIn(text: string): string | null {
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const compact = match[0].replace(/[ -]/g, "").toUpperCase();
    for (let length = compact.length; length >= 15; length--) {
      const candidate = compact.slice(0, length);
      if (isValidIban(candidate)) return candidate;
    }
  }
  return null;
}

/** The bank details in an affiliate's text, or null when none Wise can use without asking them. */
export function bankDetailsIn(payoutAccount: string, currencyCode: string): BankDetails | null {
  const iban = ibanIn(payoutAccount);
  if (iban) return { kind: "IBAN", iban };
  // A UK account number + sort code only pays in pounds (Wise's GBP "local" details).
  if (currencyCode !== "GBP") return null;
  const sortCode = SORT_CODE.exec(payoutAccount);
  const accountNumber = UK_ACCOUNT_NUMBER.exec(payoutAccount);
  if (!sortCode || !accountNumber) return null;
  return {
    kind: "UK_ACCOUNT",
    accountNumber: accountNumber[1]!,
    sortCode: `${sortCode[1]}${sortCode[2]}${sortCode[3]}`,
  };
}
