// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.turbo/**",
      ".data/**",
      "**/coverage/**",
      "**/artifacts/**",
      "apps/web/src/gql/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Every JavaScript file here runs in Node (scripts, bench, configs, the testkit); the SPA is TypeScript.
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    // A promise nobody awaits, or one handed where a callback's result is ignored, loses its error.
    // Type-aware, so only where it is cheap: the server and the packages' TypeScript sources.
    files: ["apps/server/**/*.ts", "packages/*/src/**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Services and the database layer speak the domain (@allyhut/schema/domain), never GraphQL:
    // the API layer (apps/server/src/http, packages/schema/src/graphql) maps their errors.
    files: ["apps/server/src/modules/**/*.ts", "apps/server/src/db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["graphql", "graphql-scalars", "type-graphql", "@allyhut/schema/graphql"],
          patterns: ["@apollo/*", "**/packages/schema/src/graphql/**", "**/http/**"],
        },
      ],
    },
  },
  {
    // The browser bundle gets its types from the generated schema: no decorated classes, no ORM.
    files: ["apps/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["type-graphql", "typeorm", "reflect-metadata", "@allyhut/schema/graphql"],
          patterns: ["@allyhut/server*", "**/packages/schema/src/graphql/**"],
        },
      ],
    },
  },
);
