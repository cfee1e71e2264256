// Exporting all of the big seller's withdrawals as CSV (GET /exports/withdrawals.csv): rows/s, AllyHut's
// peak RSS growth while it streams, and whether the API keeps answering meanwhile (p99 of a cheap
// request in a loop during the download, against the same loop before it).
import { readFileSync } from "node:fs";
import { post } from "./client.mjs";
import { peakRssMib, resetPeakRss } from "./payout-day.mjs";

const CHEAP = "query BenchPayoutSummary { payoutSummary { pendingCount approvedCount } }";
const BASELINE_REQUESTS = 300;

/** The process's resident set now (VmRSS, Linux), in MiB; NaN where unreadable. */
function rssMib(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function p99(latencies) {
  if (latencies.length === 0) return NaN;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
}

/** One cheap request after another until `until()` says stop (or `count` are done); their latencies. */
async function cheapLoop(url, cookie, { count = Infinity, until = () => false } = {}) {
  const latencies = [];
  while (latencies.length < count && !until()) {
    const started = performance.now();
    const answer = await post(url, CHEAP, {}, cookie);
    if (answer.status !== 200 || answer.body.errors) {
      throw new Error(`payoutSummary during the export: HTTP ${answer.status} ${answer.text}`);
    }
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/** Downloads the export to nowhere, counting its records (lines) and bytes. */
async function download(url, cookie) {
  const response = await fetch(`${url}/exports/withdrawals.csv`, { headers: { cookie } });
  if (response.status !== 200) {
    throw new Error(`export: HTTP ${response.status} ${(await response.text()).slice(0, 500)}`);
  }
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    // No cell of this export holds a line break but a note could: good enough for a rate.
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  }
  return { bytes, rows: lines - 1, disposition: response.headers.get("content-disposition") };
}

/**
 * Exports all the big seller's withdrawals once, as that seller (`sellerCookie`), from AllyHut at
 * `server.url` whose process is `pid` (default server.pid). The figures, for the report.
 */
export async function measureExport(server, sellerCookie, pid = server.pid) {
  // One untimed export first: the growth measured is the export's, not a fresh process warming up.
  await download(server.url, sellerCookie);
  const before = await cheapLoop(server.url, sellerCookie, { count: BASELINE_REQUESTS });
  const reset = resetPeakRss(pid);
  const rssBeforeMib = rssMib(pid);
  let finished = false;
  const started = performance.now();
  const exported = download(server.url, sellerCookie).finally(() => {
    finished = true;
  });
  const [file, during] = await Promise.all([
    exported,
    cheapLoop(server.url, sellerCookie, { until: () => finished }),
  ]);
  const seconds = (performance.now() - started) / 1000;
  const peak = peakRssMib(pid);
  const p99BeforeMs = p99(before);
  const p99DuringMs = p99(during);
  return {
    rows: file.rows,
    bytes: file.bytes,
    fileName: file.disposition,
    seconds,
    rowsPerSecond: file.rows / seconds,
    mibPerSecond: file.bytes / 1024 / 1024 / seconds,
    rssBeforeMib,
    peakRssMib: peak,
    rssGrowthMib: peak - rssBeforeMib,
    peakSince: reset ? "export" : "start",
    p99BeforeMs,
    p99DuringMs,
    p99Ratio: p99DuringMs / p99BeforeMs,
    requestsDuring: during.length,
  };
}
