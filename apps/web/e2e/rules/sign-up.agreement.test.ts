import { SignUpDocument } from "../../src/gql/graphql";
import {
  signUpInput,
  signUpValidators,
  type SignUpValues,
} from "../../src/routes/auth/sign-up-rules";
import { ApiClient } from "./support/api";
import { ASTRAL, COMBINING_E, emailOfLength, newEmail } from "./support/texts";
import { apiJudged, expectVerdicts, webJudged, type Verdict } from "./support/verdicts";

// Create account: the name, the email and the password, each varied alone from valid values.
const valid = (): SignUpValues => ({
  name: "Ada Lovelace",
  email: newEmail(),
  password: "correct-horse",
});

const cases: [rule: string, expected: Verdict, values: () => Partial<SignUpValues>][] = [
  ["name: a name", "accepted", () => ({ name: "Ada" })],
  ["name: trimmed", "accepted", () => ({ name: "  Ada  " })],
  ["name: empty", "refused", () => ({ name: "" })],
  ["name: blank", "refused", () => ({ name: " \u00a0 " })],
  ["name: 100 characters", "accepted", () => ({ name: "a".repeat(100) })],
  ["name: 101 characters", "refused", () => ({ name: "a".repeat(101) })],
  ["name: 100 astral", "accepted", () => ({ name: ASTRAL.repeat(100) })],
  ["name: 101 astral", "refused", () => ({ name: ASTRAL.repeat(101) })],
  ["name: 50 e + combining accent (100)", "accepted", () => ({ name: COMBINING_E.repeat(50) })],
  ["name: 51 e + combining accent (102)", "refused", () => ({ name: COMBINING_E.repeat(51) })],
  ["name: a control character", "refused", () => ({ name: "Ada\u0007" })],
  ["name: a tab inside", "refused", () => ({ name: "Ada\tLovelace" })],
  ["email: an address", "accepted", () => ({})],
  ["email: trimmed", "accepted", () => ({ email: ` ${newEmail()} ` })],
  [
    "email: letters beyond ASCII",
    "accepted",
    () => ({ email: `josé.${newEmail().replace("allyhut", "exämple")}` }),
  ],
  ["email: astral local part", "accepted", () => ({ email: `${ASTRAL}${newEmail()}` })],
  ["email: 254 characters", "accepted", () => ({ email: emailOfLength(254) })],
  ["email: 255 characters", "refused", () => ({ email: emailOfLength(255) })],
  [
    "email: 65-character local part",
    "refused",
    () => ({ email: `${"a".repeat(65)}@allyhut.test` }),
  ],
  ["email: no @", "refused", () => ({ email: "ada.allyhut.test" })],
  ["email: no dot in the domain", "refused", () => ({ email: "ada@allyhut" })],
  ["email: a space", "refused", () => ({ email: "ada @allyhut.test" })],
  ["email: a quote", "refused", () => ({ email: 'a"da@allyhut.test' })],
  ["email: an underscore in the domain", "refused", () => ({ email: "ada@ally_hut.test" })],
  ["email: astral domain", "refused", () => ({ email: `ada@${ASTRAL}.test` })],
  ["email: blank", "refused", () => ({ email: "  " })],
  ["password: 8 characters", "accepted", () => ({ password: "a".repeat(8) })],
  ["password: 7 characters", "refused", () => ({ password: "a".repeat(7) })],
  ["password: 8 spaces (never trimmed)", "accepted", () => ({ password: " ".repeat(8) })],
  ["password: 4 astral (8 UTF-16 units)", "refused", () => ({ password: ASTRAL.repeat(4) })],
  ["password: 8 astral", "accepted", () => ({ password: ASTRAL.repeat(8) })],
  ["password: 128 characters", "accepted", () => ({ password: "a".repeat(128) })],
  ["password: 129 characters", "refused", () => ({ password: "a".repeat(129) })],
  ["password: 128 astral (256 UTF-16 units)", "accepted", () => ({ password: ASTRAL.repeat(128) })],
  ["password: 129 astral", "refused", () => ({ password: ASTRAL.repeat(129) })],
];

describe("Create account and signUp agree", () => {
  it.each(cases)("%s → %s", async (_rule, expected, values) => {
    const typed = { ...valid(), ...values() };
    const web = webJudged(signUpValidators, typed);
    const answer = await new ApiClient().send(SignUpDocument, { input: signUpInput(typed) });
    expectVerdicts(expected, web, apiJudged(answer));
  });
});
