// Driving one server with one operation (autocannon, in process), and the machine's load.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { sleep } from "./servers.mjs";

export const CONNECTIONS = 16;

/** A successful GraphQL answer: data and no errors (autocannon counts the others as mismatches). */
const answeredWithData = (body) => body.startsWith('{"data":{') && !body.includes('"errors":');

/** CPU seconds (user + system) a process has used so far (Linux /proc), or NaN. */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * `seconds` of load at CONNECTIONS concurrent connections. `request(n)` makes the n-th request's
 * { body, headers } (so each can differ: another withdrawal, another affiliate). `pids` name the
 * processes whose CPU time per request is reported (the server, the database).
 */
export async function drive({ url, seconds, request, pids = {} }) {
  let sent = 0;
  const cpuBefore = Object.fromEntries(
    Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid)]),
  );
  const result = await autocannon({
    url: `${url}/graphql`,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest(req) {
          const { body, headers } = request(sent++);
          return {
            ...req,
            method: "POST",
            body,
            headers: { ...req.headers, "content-type": "application/json", ...headers },
          };
        },
      },
    ],
    verifyBody: answeredWithData,
  });
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(pids).map(([k, pid]) => [
      k,
      ((cpuSeconds(pid) - cpuBefore[k]) * 1000) / Math.max(1, result.requests.total),
    ]),
  );
  return {
    cpuMsPerRequest,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

/** The 1-, 5- and 15-minute load averages. */
export function loadAverages() {
  const [one, five, fifteen] = readFileSync("/proc/loadavg", "utf8").split(" ").map(Number);
  return { one, five, fifteen };
}

/** Waits (bounded) until the 1-minute load is below `max`; what it saw. */
export async function waitForQuietMachine({ max, timeoutSeconds, say }) {
  const startedAt = Date.now();
  let load = loadAverages();
  while (load.one >= max && Date.now() - startedAt < timeoutSeconds * 1000) {
    say(
      `  load ${load.one.toFixed(2)} ≥ ${max}: waiting (${Math.round((Date.now() - startedAt) / 1000)} s)`,
    );
    await sleep(15_000);
    load = loadAverages();
  }
  return {
    load,
    waitedSeconds: Math.round((Date.now() - startedAt) / 1000),
    quiet: load.one < max,
  };
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The smallest and largest of the finite values: the spread of a run's rounds ({ NaN, NaN } when none). */
export const spread = (values) => {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length
    ? { min: Math.min(...finite), max: Math.max(...finite) }
    : { min: NaN, max: NaN };
};
