import { INSTALL_HINT } from "@allyhut/localdb";

// Which database `npm start` uses. The private MySQL/MariaDB it may fall back to (data under
// <repo>/.data/mysql, on a free local port, reused next time) is @allyhut/localdb's, the same
// process code the fault scenarios start their throw-away server with.

export {
  INSTALL_HINT,
  findExecutable,
  serverAnswers,
  startPrivateInstance,
  type PrivateInstance,
} from "@allyhut/localdb";

export type DatabaseChoice =
  | { kind: "env"; url: string }
  | { kind: "local"; url: string }
  | { kind: "private"; serverBinary: string }
  | { kind: "missing"; installHint: string };

/** Which database `npm start` uses, in order of preference. */
export function chooseDatabase(facts: {
  databaseUrl: string;
  databaseUrlFromEnv: boolean;
  localRootAnswers: boolean;
  serverBinary: string | null;
}): DatabaseChoice {
  if (facts.databaseUrlFromEnv) return { kind: "env", url: facts.databaseUrl };
  if (facts.localRootAnswers) return { kind: "local", url: facts.databaseUrl };
  if (facts.serverBinary) return { kind: "private", serverBinary: facts.serverBinary };
  return { kind: "missing", installHint: INSTALL_HINT };
}
