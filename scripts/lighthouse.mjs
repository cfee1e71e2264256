#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile, default simulated throttling) on the built app, served by
// the real server (apps/server/dist/start.js) on a throw-away database with the demo data. /login is
// measured signed out, as a first visitor sees it; the seller's screens with the demo seller's
// session. Needs `npm run build` first; works offline. Prints a table and every target missed; exits
// non-zero only when the run itself fails.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import {
  DEMO_PASSWORD,
  DEMO_SELLER_EMAIL,
  SHARED_SERVER,
  databaseName,
  databaseUrl,
  dropDatabase,
} from "./faults/lib/db.mjs";
import { GraphQLClient } from "./faults/lib/graphql.mjs";
import {
  REPO_ROOT,
  freePort,
  requireBuiltServer,
  startServerProcess,
  stopProcess,
  tail,
} from "./faults/lib/server.mjs";

const PAGES = [
  { path: "/login", signedIn: false },
  { path: "/seller/affiliates", signedIn: true },
  { path: "/seller/payouts", signedIn: true },
];
// Lighthouse's scores vary from run to run: each page is measured this often and the median run kept.
const RUNS_PER_PAGE = 5;
// Now and then Lighthouse cannot read the trace it recorded (NO_NAVSTART) and asks for another run.
const ATTEMPTS_PER_RUN = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 90, accessibility: 100, "best-practices": 100, seo: 100 };
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const WEB_INDEX = path.join(REPO_ROOT, "apps/web/dist/index.html");
const REPORTS_DIR = path.join(REPO_ROOT, "artifacts", "lighthouse");
const say = (line) => process.stdout.write(`${line}\n`);

/** One Lighthouse run of `url` in a Chromium of its own (fresh profile): its lhr and reports. */
async function audit(url, extraHeaders) {
  const profile = mkdtempSync(path.join(tmpdir(), "allyhut-lighthouse-chromium-"));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    userDataDir: profile,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ["json", "html"],
      logLevel: "error",
      onlyCategories: CATEGORIES,
      extraHeaders,
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return { lhr: result.lhr, reports: result.report };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A run that measured `url` itself; Lighthouse asks to run again when it fails to read its trace. */
async function measure(url, extraHeaders) {
  for (let attempt = 1; ; attempt++) {
    const run = await audit(url, extraHeaders);
    const { runtimeError, finalDisplayedUrl } = run.lhr;
    if (!runtimeError) {
      // A seller page that fell back to Sign in would measure the wrong screen.
      if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname) {
        throw new Error(`${url} ended at ${finalDisplayedUrl}`);
      }
      return run;
    }
    if (attempt === ATTEMPTS_PER_RUN) throw new Error(`${url}: ${runtimeError.message}`);
    say(`  (run again after ${runtimeError.code})`);
  }
}

/** The run with the median performance score of RUNS_PER_PAGE runs; its reports are kept. */
async function medianAudit(url, extraHeaders) {
  const runs = [];
  for (let run = 0; run < RUNS_PER_PAGE; run++) runs.push(await measure(url, extraHeaders));
  runs.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
  const median = runs[Math.floor(runs.length / 2)];
  const name = new URL(url).pathname.slice(1).replaceAll("/", "-");
  const [json, html] = median.reports;
  writeFileSync(path.join(REPORTS_DIR, `${name}.report.json`), json);
  writeFileSync(path.join(REPORTS_DIR, `${name}.report.html`), html);
  return median.lhr;
}

/** The figures the table shows, from one report. */
function figures(page, lhr) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const metric = (id) => lhr.audits[id].numericValue;
  return {
    page,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])),
    fcpMs: metric("first-contentful-paint"),
    lcpMs: metric("largest-contentful-paint"),
    bytes: metric("total-byte-weight"),
  };
}

function printTable(rows) {
  const header = ["page", "perf", "a11y", "best-pr", "seo", "FCP", "LCP", "transferred"];
  const lines = rows.map((row) => [
    row.page,
    ...CATEGORIES.map((id) => String(row.scores[id])),
    `${(row.fcpMs / 1000).toFixed(1)} s`,
    `${(row.lcpMs / 1000).toFixed(1)} s`,
    `${Math.round(row.bytes / 1024)} KiB`,
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  say(format(header));
  say(format(widths.map((width) => "-".repeat(width))));
  lines.forEach((line) => say(format(line)));
}

function misses(rows) {
  return rows.flatMap((row) =>
    CATEGORIES.filter((id) => row.scores[id] < TARGETS[id]).map(
      (id) => `${row.page}: ${id} ${row.scores[id]} (target ${TARGETS[id]})`,
    ),
  );
}

async function main() {
  requireBuiltServer();
  if (!existsSync(WEB_INDEX))
    throw new Error(`${WEB_INDEX} is missing: run \`npm run build\` first.`);
  if (!existsSync(CHROME_PATH))
    throw new Error(`No Chromium at ${CHROME_PATH}: install it or set CHROME_PATH.`);
  mkdirSync(REPORTS_DIR, { recursive: true });
  const logDir = mkdtempSync(path.join(tmpdir(), "allyhut-lighthouse-"));
  const name = databaseName("allyhut_lighthouse");
  let server;
  try {
    server = await startServerProcess({
      databaseUrl: databaseUrl(SHARED_SERVER, name),
      port: await freePort(),
      logFile: path.join(logDir, "server.log"),
    });
    // Even if this script dies of an error that skips the finally below, the server goes with it.
    process.once("exit", () => server.child.kill("SIGKILL"));
    const seller = await new GraphQLClient(server.url).login(DEMO_SELLER_EMAIL, DEMO_PASSWORD);
    const rows = [];
    for (const page of PAGES) {
      const who = page.signedIn ? ` as ${DEMO_SELLER_EMAIL}` : "";
      say(`Lighthouse on ${page.path}${who}, ${RUNS_PER_PAGE} runs…`);
      const lhr = await medianAudit(
        `${server.url}${page.path}`,
        page.signedIn ? { Cookie: seller.cookie } : undefined,
      );
      rows.push(figures(page.path, lhr));
    }
    say("");
    printTable(rows);
    const missed = misses(rows);
    say("");
    say(missed.length ? `TARGETS MISSED:\n  ${missed.join("\n  ")}` : "Every target met.");
    say(`The median runs' reports: ${path.relative(REPO_ROOT, REPORTS_DIR)}/`);
  } catch (error) {
    if (server) process.stderr.write(`The server's log:\n${tail(server.logFile)}\n`);
    throw error;
  } finally {
    if (server) await stopProcess(server);
    await dropDatabase(SHARED_SERVER, name);
    rmSync(logDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`lighthouse run failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
