#!/usr/bin/env node
// The benchmark's yardstick: plain node:http + mysql2 (prepared statements, a pool of 5) with
// hand-written SQL, answering the harness's fixed operations (recognised by operationName) with
// the same JSON as AllyHut. Same session model: one statement looks up the cookie's session.
// Not a product path. BENCH_DATABASE_URL (or DATABASE_URL) and PORT.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import mysql from "mysql2/promise";
import { GraphQLFailure } from "./baseline/format.mjs";
import { affiliateOverview, affiliatesPage } from "./baseline/affiliates.mjs";
import { payoutSummary, payoutsPage } from "./baseline/payouts.mjs";
import { processWithdrawal, requestWithdrawal } from "./baseline/writes.mjs";
import { benchDatabaseUrl } from "./lib/bench-db.mjs";

const OPERATIONS = {
  AffiliatesPage: affiliatesPage,
  AffiliateOverview: affiliateOverview,
  // The session lookup alone (viewerOf), as AllyHut's `me { id }` answers a signed-in user.
  Me: async (_db, viewer) => ({ me: viewer ? { id: viewer.userId } : null }),
  PayoutsPage: payoutsPage,
  PayoutSummary: payoutSummary,
  ProcessWithdrawal: processWithdrawal,
  RequestWithdrawal: requestWithdrawal,
};
const MAX_BODY_BYTES = 100 * 1024;
const SESSION_COOKIE = "allyhut_session";
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const pool = mysql.createPool({
  uri: benchDatabaseUrl().url,
  connectionLimit: 5,
  timezone: "Z",
  supportBigNumbers: true,
  bigNumberStrings: false,
  dateStrings: ["DATE"],
  charset: "utf8mb4_unicode_ci",
});

/** The statements of one request go through here, so it can count them (X-SQL-Statements). */
function requestDb() {
  const db = {
    pool,
    statements: 0,
    run: (sql, parameters) => db.runOn(pool, sql, parameters),
    async runOn(target, sql, parameters) {
      db.statements++;
      const [rows] = parameters ? await target.execute(sql, parameters) : await target.query(sql);
      return rows;
    },
  };
  return db;
}

function sessionTokenOf(cookieHeader) {
  for (const pair of String(cookieHeader ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator < 0 || pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const token = pair.slice(separator + 1).trim();
    if (TOKEN_PATTERN.test(token)) return token;
  }
  return null;
}

/** The viewer from the session cookie: the same single statement as AllyHut's resolveViewer. */
async function viewerOf(db, cookieHeader) {
  const token = sessionTokenOf(cookieHeader);
  if (!token) return null;
  const [row] = await db.run(
    `SELECT s.user_id, sl.id AS seller_id FROM sessions s
     LEFT JOIN sellers sl ON sl.owner_user_id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > UTC_TIMESTAMP(3)`,
    [createHash("sha256").update(token).digest()],
  );
  if (!row) return null;
  return {
    userId: String(row.user_id),
    sellerId: row.seller_id == null ? null : String(row.seller_id),
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new GraphQLFailure("BAD_REQUEST", "Body too large."));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res, status, payload, statements) {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "x-sql-statements": String(statements),
  });
  res.end(body);
}

async function handleGraphql(req, res) {
  const db = requestDb();
  try {
    const { operationName, variables } = JSON.parse(await readBody(req));
    const operation = OPERATIONS[operationName];
    if (!operation) throw new GraphQLFailure("BAD_REQUEST", `Unknown operation ${operationName}.`);
    const viewer = await viewerOf(db, req.headers.cookie);
    send(res, 200, { data: await operation(db, viewer, variables ?? {}) }, db.statements);
  } catch (error) {
    const known = error instanceof GraphQLFailure;
    if (!known) process.stderr.write(`${error?.stack ?? error}\n`);
    const code = known ? error.code : "INTERNAL_SERVER_ERROR";
    const status = code === "BAD_REQUEST" ? 400 : 200;
    const message = known ? error.message : "Internal server error";
    send(res, status, { errors: [{ message, extensions: { code } }], data: null }, db.statements);
  }
}

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") return send(res, 200, { status: "ok" }, 0);
  if (req.method === "POST" && req.url === "/graphql") return void handleGraphql(req, res);
  send(res, 404, { errors: [{ message: "Not found" }] }, 0);
});

server.listen(Number(process.env.PORT ?? 4100), "127.0.0.1", () => {
  process.stdout.write(`baseline listening on http://127.0.0.1:${server.address().port}\n`);
});

const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
