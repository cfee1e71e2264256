// Component tests: jsdom, TypeScript and JSX through swc, CSS as class-name proxies.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "jsdom",
  testMatch: ["<rootDir>/src/**/*.test.{ts,tsx}"],
  setupFiles: ["<rootDir>/src/test/polyfills.ts"],
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
  },
  resolver: "<rootDir>/jest.resolver.cjs",
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "mjs", "json"],
};
