// Before the load: both servers answer alike, and how many SQL statements each sends per request.
// Then the load: warm-ups, and interleaved rounds whose medians are the result.
import { dataOf, post } from "./client.mjs";
import { drive, loadAverages, median, range } from "./load.mjs";

/** The keys of a JSON value, recursively: the answer's shape without its values. */
const shapeOf = (value) =>
  Array.isArray(value)
    ? value.slice(0, 1).map(shapeOf)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]))
      : typeof value;

/** Where two JSON values first differ ("" when they are equal): a path and both values. */
export function firstDifference(a, b, path = "") {
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return "";
  }
  return JSON.stringify(a) === JSON.stringify(b)
    ? ""
    : `${path || "(root)"}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

/**
 * Reads must answer byte-for-byte the same JSON; writes the same shape (their ids differ). Statement
 * counts per request: reads at first 10, 20 and 100; writes from the checking request. `problems`
 * lists the operations whose answers differ ([] when they all agree).
 */
export async function checkAnswers(scenarios, servers, say) {
  const statements = {};
  const problems = [];
  let reads = 0;
  let writes = 0;
  for (const scenario of scenarios) {
    const counts = { allyhut: {}, baseline: {} };
    if (scenario.kind === "read") {
      const answers = {};
      for (const [key, server] of Object.entries(servers)) {
        answers[key] = await post(server.url, scenario.query, scenario.variables, scenario.cookie);
        dataOf(answers[key], `${scenario.name} on ${server.name}`);
        const paged = "first" in scenario.variables;
        for (const first of [10, 20, 100]) {
          const variables = paged ? scenario.withFirst(first) : scenario.variables;
          counts[key][first] = (
            await post(server.url, scenario.query, variables, scenario.cookie)
          ).statements;
        }
      }
      reads++;
      if (JSON.stringify(answers.allyhut.body) !== JSON.stringify(answers.baseline.body)) {
        const where = firstDifference(answers.allyhut.body, answers.baseline.body);
        problems.push(`${scenario.name}: the answers differ (AllyHut vs baseline at ${where})`);
      }
    } else {
      const shapes = {};
      for (const [key, server] of Object.entries(servers)) {
        const { body, headers } = scenario.request(0);
        const answer = await post(server.url, ...parseBody(body), headers.cookie);
        shapes[key] = JSON.stringify(shapeOf(dataOf(answer, `${scenario.name} on ${server.name}`)));
        counts[key][20] = answer.statements;
      }
      writes++;
      if (shapes.allyhut !== shapes.baseline) problems.push(`${scenario.name}: the shapes differ`);
    }
    statements[scenario.name] = counts;
    say(
      `  ${scenario.name}: SQL statements AllyHut ${JSON.stringify(counts.allyhut)}, baseline ${JSON.stringify(counts.baseline)}`,
    );
  }
  const summary = problems.length
    ? `DIFFERENT — ${problems.join("; ")}`
    : `identical JSON for ${reads} reads, the same shape for ${writes} writes`;
  say(`Answers: ${summary}`);
  return { statements, summary, problems };
}

const parseBody = (body) => {
  const { query, variables } = JSON.parse(body);
  return [query, variables];
};

/** AllyHut's req/s ÷ the baseline's, round by round (the rounds are interleaved in pairs). */
export const ratiosOfRounds = (rounds) =>
  rounds.allyhut.map(
    (round, i) => round.requestsPerSecond / (rounds.baseline[i]?.requestsPerSecond ?? NaN),
  );

/**
 * Warm-up, then `rounds` × (AllyHut, baseline) of `seconds` each, per scenario. `failed` counts the
 * measured requests that did not answer 200 with data, `warmupFailed` those of the warm-up.
 */
export async function measure(scenarios, servers, config, say) {
  const results = [];
  const loads = [];
  for (const scenario of scenarios) {
    const warmupFailed = {};
    for (const [key, server] of Object.entries(servers)) {
      const warmup = await drive({
        url: server.url,
        seconds: config.warmupSeconds,
        request: scenario.request,
      });
      warmupFailed[key] = warmup.failed;
    }
    const rounds = { allyhut: [], baseline: [] };
    for (let round = 1; round <= config.rounds; round++) {
      for (const [key, server] of Object.entries(servers)) {
        const pids = { server: server.pid, database: config.databasePid, harness: process.pid };
        rounds[key].push(
          await drive({
            url: server.url,
            seconds: config.seconds,
            request: scenario.request,
            pids,
          }),
        );
        loads.push(loadAverages().one);
      }
    }
    const summarise = (list, key) => ({
      requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
      p50Ms: median(list.map((r) => r.p50Ms)),
      p99Ms: median(list.map((r) => r.p99Ms)),
      failed: list.reduce((sum, r) => sum + r.failed, 0),
      warmupFailed: warmupFailed[key],
      requestsPerSecondRange: range(list.map((r) => r.requestsPerSecond)),
      serverCpuMs: median(list.map((r) => r.cpuMsPerRequest.server)),
      serverCpuMsRange: range(list.map((r) => r.cpuMsPerRequest.server)),
      databaseCpuMs: median(list.map((r) => r.cpuMsPerRequest.database)),
      harnessCpuMs: median(list.map((r) => r.cpuMsPerRequest.harness)),
      rounds: list,
    });
    const result = {
      name: scenario.name,
      kind: scenario.kind,
      allyhut: summarise(rounds.allyhut, "allyhut"),
      baseline: summarise(rounds.baseline, "baseline"),
    };
    result.ratio = result.allyhut.requestsPerSecond / result.baseline.requestsPerSecond;
    // Each round's AllyHut run against the baseline run right after it: the ratio's own spread.
    result.roundRatios = ratiosOfRounds(rounds);
    result.ratioRange = range(result.roundRatios);
    results.push(result);
    say(
      `  ${scenario.name}: AllyHut ${result.allyhut.requestsPerSecond.toFixed(0)} req/s ` +
        `(p50 ${result.allyhut.p50Ms} ms), baseline ${result.baseline.requestsPerSecond.toFixed(0)} req/s ` +
        `(p50 ${result.baseline.p50Ms} ms), ratio ${result.ratio.toFixed(2)} ` +
        `(rounds ${result.ratioRange.min.toFixed(2)}–${result.ratioRange.max.toFixed(2)}); CPU ms/request ` +
        `server ${result.allyhut.serverCpuMs.toFixed(2)} vs ${result.baseline.serverCpuMs.toFixed(2)}, ` +
        `MariaDB ${result.allyhut.databaseCpuMs.toFixed(2)} vs ${result.baseline.databaseCpuMs.toFixed(2)}`,
    );
  }
  return {
    results,
    load: { duringMin: Math.min(...loads), duringMax: Math.max(...loads) },
  };
}
