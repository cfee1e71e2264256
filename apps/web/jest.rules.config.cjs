// Rule agreement: the web's validators and the real API (over HTTP, on a throw-away database)
// judge the same cases alike. No browser: the validators run here, in Node.
//
// The web must take dates as the API does (UTC), so this process runs in a zone whose calendar
// date differs from UTC's right now (UTC−12 before noon UTC, UTC+14 after): a local "today" or a
// local request date on the web side then refuses or accepts other dates than the API.
process.env.TZ = new Date().getUTCHours() < 12 ? "Etc/GMT+12" : "Etc/GMT-14";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/e2e/rules/**/*.agreement.test.ts"],
  globalSetup: "<rootDir>/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } },
    ],
  },
  // The validators are the web's source, as the unit tests and the bundle see them.
  moduleNameMapper: { "^@allyhut/schema$": "<rootDir>/../../packages/schema/src/index.ts" },
  moduleFileExtensions: ["ts", "js", "cjs", "json"],
  // One server on 2 CPU cores; each case makes real accounts, sellers and withdrawals.
  maxWorkers: 1,
  testTimeout: 60_000,
};
