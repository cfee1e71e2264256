// Browser tests: Debian's Chromium (playwright-core) against the real server on a throw-away database.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/e2e/**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } },
    ],
  },
  moduleFileExtensions: ["ts", "js", "cjs", "json"],
  // One server, one browser at a time: the scenarios share the seeded database and 2 CPU cores.
  maxWorkers: 1,
  testTimeout: 120_000,
};
