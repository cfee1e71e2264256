// Sends corpus cases over HTTP and judges the answers; groups run one by one, their cases in batches.
import { ERROR_CODES } from "@allyhut/schema";
import type { DataSource } from "typeorm";
import { databaseFingerprint, refusalProblems, stringsIn } from "./corpus";
import type { CorpusCase, CorpusGroup, CorpusTargets, Sender } from "./corpus-cases";

const BATCH_SIZE = 10;
const CONTRACT_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

export interface CorpusReport {
  cases: number;
  problems: string[];
  /** HTTP status → how many answers had it. */
  statuses: Record<number, number>;
  /** Codes outside the contract seen in answers (each one is also a problem). */
  nonContractCodes: Set<string>;
}

export interface CorpusEnvironment {
  url: string;
  db: DataSource;
  targets: CorpusTargets;
  cookies: Record<Sender, string | null>;
}

async function send(env: CorpusEnvironment, c: CorpusCase) {
  const cookie = env.cookies[c.as];
  const cookieHeader: Record<string, string> = cookie ? { cookie } : {};
  if (c.graphql) {
    const body = JSON.stringify(c.graphql);
    const response = await fetch(`${env.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...cookieHeader },
      body,
    });
    const sent = [...stringsIn(c.graphql.variables ?? {}), c.graphql.query];
    return { status: response.status, bodyText: await response.text(), sent };
  }
  const raw = c.raw ?? {};
  const response = await fetch(`${env.url}/graphql${raw.search ?? ""}`, {
    method: raw.method ?? "POST",
    headers: { ...cookieHeader, ...raw.headers },
    body: raw.body,
  });
  const sent = [raw.body ?? "", decodeURIComponent(raw.search ?? "")];
  return { status: response.status, bodyText: await response.text(), sent };
}

function judge(c: CorpusCase, answer: Awaited<ReturnType<typeof send>>, report: CorpusReport) {
  report.statuses[answer.status] = (report.statuses[answer.status] ?? 0) + 1;
  const problems = refusalProblems(answer, c.expect);
  try {
    const body = JSON.parse(answer.bodyText) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    for (const error of body.errors ?? []) {
      const code = String(error.extensions?.code);
      if (!CONTRACT_CODES.has(code)) report.nonContractCodes.add(`${code} (HTTP ${answer.status})`);
    }
  } catch {
    // Not JSON: refusalProblems has said so.
  }
  const expected = `${c.expect.status} ${c.expect.code}${c.expect.field ? ` on ${c.expect.field}` : ""}`;
  for (const problem of problems) {
    report.problems.push(
      `${c.name} (expected ${expected}): ${problem} — HTTP ${answer.status} ${answer.bodyText.slice(0, 300)}`,
    );
  }
}

export const emptyReport = (): CorpusReport => ({
  cases: 0,
  problems: [],
  statuses: {},
  nonContractCodes: new Set(),
});

/** Runs one group into `report`; the database must be the same after the group as before it. */
export async function runGroup(
  env: CorpusEnvironment,
  group: CorpusGroup,
  report: CorpusReport,
): Promise<void> {
  const cases = group.cases(env.targets);
  const before = await databaseFingerprint(env.db);
  for (let start = 0; start < cases.length; start += BATCH_SIZE) {
    const batch = cases.slice(start, start + BATCH_SIZE);
    const answers = await Promise.all(batch.map((c) => send(env, c)));
    batch.forEach((c, index) => judge(c, answers[index]!, report));
  }
  report.cases += cases.length;
  const after = await databaseFingerprint(env.db);
  const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
  if (changed.length > 0) report.problems.push(`${group.name}: changed ${changed.join(", ")}`);
}
