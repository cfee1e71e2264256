// Component tests: jsdom, TypeScript and JSX through swc, CSS as class-name proxies.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "jsdom",
  testMatch: ["<rootDir>/src/**/*.test.{ts,tsx}"],
  setupFilesAfterEnv: ["<rootDir>/src/test/setup.ts"],
  transform: {
    "^.+\\.(ts|tsx)$": [
      "@swc/jest",
      {
        jsc: {
          target: "es2022",
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleNameMapper: {
    "\\.css$": "identity-obj-proxy",
    "^@allyhut/schema$": "<rootDir>/../../packages/schema/src/index.ts",
    // import.meta.env cannot be parsed by jest: the one module that reads it is replaced.
    "^(\\.{1,2}/)+config$": "<rootDir>/src/test/config.ts",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
};
