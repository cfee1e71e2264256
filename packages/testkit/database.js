// Where tests find MySQL, and throw-away databases on it.
"use strict";

const { randomBytes } = require("node:crypto");
const mysql = require("mysql2/promise");

const LOCAL_ROOT = "mysql://root@127.0.0.1:3306/";

/**
 * The MySQL server tests may create databases on (path "/"): TEST_DATABASE_URL, else
 * DATABASE_URL's server, else root@127.0.0.1:3306.
 */
function testServerUrl(env = process.env) {
  const url = new URL(env.TEST_DATABASE_URL || env.DATABASE_URL || LOCAL_ROOT);
  url.pathname = "/";
  return url.toString();
}

/** The URL of database `name` on the server at `serverUrl`. */
function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `prefix_` and 8 random hex digits. */
const databaseName = (prefix) => `${prefix}_${randomBytes(4).toString("hex")}`;

const SAFE_NAME = /^[A-Za-z0-9_]+$/;
const quoted = (name) => {
  if (!SAFE_NAME.test(name)) throw new Error(`not a throw-away database name: ${name}`);
  return `\`${name}\``;
};

/** One mysql2 connection (5 s to connect unless `options` say otherwise). */
function connectTo(url, options = {}) {
  return mysql.createConnection({ uri: url, connectTimeout: 5000, ...options });
}

async function onServer(serverUrl, sql) {
  const connection = await connectTo(serverUrl);
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

/** CREATE DATABASE `name` (utf8mb4, unicode collation, as the migrations expect). */
function createDatabase(serverUrl, name) {
  return onServer(
    serverUrl,
    `CREATE DATABASE ${quoted(name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
}

function dropDatabase(serverUrl, name) {
  return onServer(serverUrl, `DROP DATABASE IF EXISTS ${quoted(name)}`);
}

/**
 * A new empty database `prefix_<random>` on `serverUrl` (default: testServerUrl()); `drop()`
 * removes it. With `create: false` only the name and URL are chosen (the server creates it).
 */
async function createThrowawayDatabase({ prefix, serverUrl = testServerUrl(), create = true }) {
  const name = databaseName(prefix);
  if (create) await createDatabase(serverUrl, name);
  return {
    name,
    serverUrl,
    url: databaseUrl(serverUrl, name),
    drop: () => dropDatabase(serverUrl, name),
  };
}

module.exports = {
  testServerUrl,
  databaseUrl,
  databaseName,
  connectTo,
  createDatabase,
  dropDatabase,
  createThrowawayDatabase,
};
