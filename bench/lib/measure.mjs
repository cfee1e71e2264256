// Before the load: both servers answer alike, and how many SQL statements each sends per request.
// Then the load: warm-ups, and interleaved rounds whose medians are the result.
import { dataOf, post } from "./client.mjs";
import { drive, loadAverages, median, spread } from "./load.mjs";

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

/**
 * One server's rounds of one operation: the median of each figure, and the spread (min–max) of
 * req/s and of its CPU ms per request. `failed` counts the measured requests that did not answer
 * 200 with data, `warmupFailed` those of the warm-up.
 */
export function summariseRounds(list, warmupFailed = 0) {
  const of = (pick) => list.map(pick);
  return {
    requestsPerSecond: median(of((r) => r.requestsPerSecond)),
    requestsPerSecondSpread: spread(of((r) => r.requestsPerSecond)),
    p50Ms: median(of((r) => r.p50Ms)),
    p99Ms: median(of((r) => r.p99Ms)),
    failed: list.reduce((sum, r) => sum + r.failed, 0),
    warmupFailed,
    serverCpuMs: median(of((r) => r.cpuMsPerRequest.server)),
    serverCpuMsSpread: spread(of((r) => r.cpuMsPerRequest.server)),
    databaseCpuMs: median(of((r) => r.cpuMsPerRequest.database)),
    harnessCpuMs: median(of((r) => r.cpuMsPerRequest.harness)),
    rounds: list,
  };
}

/**
 * AllyHut ÷ baseline per round: round n of each ran back to back (interleaved), so their ratio
 * cancels what the machine did meanwhile. `ratio` is the median of those, `ratioSpread` their
 * min–max; `ratioOfMedians` is the median req/s of AllyHut ÷ the baseline's.
 */
export function compareRounds(allyhut, baseline) {
  const roundRatios = allyhut.rounds.map(
    (round, n) => round.requestsPerSecond / (baseline.rounds[n]?.requestsPerSecond ?? NaN),
  );
  return {
    ratio: median(roundRatios),
    ratioSpread: spread(roundRatios),
    roundRatios,
    ratioOfMedians: allyhut.requestsPerSecond / baseline.requestsPerSecond,
  };
}

/** The round's figures for the console: median (min–max). */
const withSpread = (value, range, digits) =>
  `${value.toFixed(digits)} (${range.min.toFixed(digits)}–${range.max.toFixed(digits)})`;

/**
 * Warm-up, then `rounds` × (AllyHut, baseline) of `seconds` each, per scenario: the medians of the
 * rounds, their spread, and the ratio of each round pair (summariseRounds, compareRounds).
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
    const allyhut = summariseRounds(rounds.allyhut, warmupFailed.allyhut);
    const baseline = summariseRounds(rounds.baseline, warmupFailed.baseline);
    const result = {
      name: scenario.name,
      kind: scenario.kind,
      allyhut,
      baseline,
      ...compareRounds(allyhut, baseline),
    };
    results.push(result);
    say(
      `  ${scenario.name}: AllyHut ${withSpread(allyhut.requestsPerSecond, allyhut.requestsPerSecondSpread, 0)} req/s ` +
        `(p50 ${allyhut.p50Ms} ms), baseline ${withSpread(baseline.requestsPerSecond, baseline.requestsPerSecondSpread, 0)} req/s ` +
        `(p50 ${baseline.p50Ms} ms), ratio ${withSpread(result.ratio, result.ratioSpread, 2)}; CPU ms/request ` +
        `server ${withSpread(allyhut.serverCpuMs, allyhut.serverCpuMsSpread, 2)} vs ` +
        `${withSpread(baseline.serverCpuMs, baseline.serverCpuMsSpread, 2)}, ` +
        `MariaDB ${allyhut.databaseCpuMs.toFixed(2)} vs ${baseline.databaseCpuMs.toFixed(2)}`,
    );
  }
  return {
    results,
    load: { duringMin: Math.min(...loads), duringMax: Math.max(...loads) },
  };
}
