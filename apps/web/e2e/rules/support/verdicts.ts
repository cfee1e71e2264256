import type { Answer } from "./api";

export type Verdict = "accepted" | "refused";

/** One side's verdict on a case, and what it said (shown when the sides disagree). */
export interface Judged {
  verdict: Verdict;
  said: string;
}

/** The codes that mean "the API judged the input and refused it"; anything else fails the test. */
const REFUSAL_CODES = new Set(["BAD_USER_INPUT", "INSUFFICIENT_FUNDS"]);

export function apiJudged(answer: Answer<unknown>): Judged {
  const errors = answer.errors ?? [];
  if (errors.length === 0) return { verdict: "accepted", said: "ok" };
  if (!errors.every((error) => REFUSAL_CODES.has(error.extensions?.code ?? ""))) {
    throw new Error(`The API failed instead of judging: ${JSON.stringify(errors)}`);
  }
  const said = errors.map((error) => `${error.extensions?.field ?? "-"}: ${error.message}`);
  return { verdict: "refused", said: said.join("; ") };
}

type Validators<V> = { [K in keyof V]?: (value: V[K], values: V) => unknown };

/** The form's verdict on submit: every validator passes (Mantine counts null, undefined, false). */
export function webJudged<V extends object>(validators: Validators<V>, values: V): Judged {
  const problems = (Object.keys(validators) as (keyof V & string)[])
    .map((field) => [field, validators[field]?.(values[field], values)] as const)
    .filter(([, problem]) => problem !== null && problem !== undefined && problem !== false);
  if (problems.length === 0) return { verdict: "accepted", said: "ok" };
  return {
    verdict: "refused",
    said: problems.map(([field, problem]) => `${field}: ${String(problem)}`).join("; "),
  };
}

/** Both sides reach the expected verdict (the diff shows what each said when one does not). */
export function expectVerdicts(expected: Verdict, web: Judged, api: Judged): void {
  expect({ web: web.verdict, api: api.verdict, webSaid: web.said, apiSaid: api.said }).toEqual(
    expect.objectContaining({ web: expected, api: expected }),
  );
}
