import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

const apiOrigin = process.env.API_ORIGIN ?? "http://localhost:4000";

// The lazily loaded screens, by who opens them; each group also takes what its screens import.
const SIGN_IN_SCREENS = /src[\\/]routes[\\/]auth[\\/]Sign(In|Up)Page\.tsx$/;
const SIGNED_IN_SCREENS = /src[\\/](app[\\/]RequireViewer|routes[\\/]seller[\\/].*Page)\.tsx$/;
const AFFILIATE_SCREENS = /src[\\/]routes[\\/]affiliate[\\/]AffiliateCenterPage\.tsx$/;

/** In `npm run dev`, regenerates src/gql whenever the schema or an operation changes. */
function codegenWatch(): Plugin {
  let watcher: ChildProcess | undefined;
  return {
    name: "allyhut-codegen-watch",
    apply: "serve",
    configureServer(server) {
      const cliPackage = createRequire(import.meta.url).resolve(
        "@graphql-codegen/cli/package.json",
      );
      const cli = path.join(path.dirname(cliPackage), "cjs", "bin.js");
      watcher = spawn(process.execPath, [cli, "--config", "codegen.ts", "--watch"], {
        stdio: "inherit",
      });
      const stop = () => watcher?.kill();
      server.httpServer?.once("close", stop);
      process.once("exit", stop);
    },
  };
}

export default defineConfig({
  plugins: [
    codegenWatch(),
    react({
      // graphql(`…`) becomes an import of that one document: each chunk carries only its own.
      babel: {
        plugins: [
          [babelOptimizerPlugin, { artifactDirectory: "./src/gql", gqlTagName: "graphql" }],
        ],
      },
    }),
    // Brotli and gzip copies made once at build time, at the highest levels: the server only picks one.
    compression({
      include: /\.(html|css|js|json|svg|ttf)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm("brotliCompress"), defineAlgorithm("gzip", { level: 9 })],
      logLevel: "silent",
    }),
  ],
  resolve: {
    alias: {
      // The decorator-free entry (enums, money helpers): never the type-graphql classes.
      "@allyhut/schema": fileURLToPath(
        new URL("../../packages/schema/src/index.ts", import.meta.url),
      ),
    },
  },
  server: {
    proxy: {
      "/graphql": apiOrigin,
      "/health": apiOrigin,
      "/exports": apiOrigin,
    },
  },
  worker: { format: "es" },
  optimizeDeps: {
    // CommonJS and UMD inside Monaco's GraphQL worker: pre-bundled so `npm run dev` loads them as ESM.
    include: [
      "monaco-graphql > picomatch-browser",
      "monaco-graphql > graphql-language-service > nullthrows",
      "monaco-graphql > prettier/plugins/graphql",
    ],
  },
  build: {
    // GraphiQL and Monaco are large but live in the lazily loaded /playground chunk.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        // The first screen's code (the entry and its static imports) in one file, not six: fewer
        // round trips before anything renders on a phone, and one brotli stream packs it smaller.
        // The screens behind it likewise come in a few files, not thirty: Sign in and Sign up; the
        // signed-in shell with the seller's screens; the affiliate center. A group listed first
        // keeps the modules it shares with a later one.
        codeSplitting: {
          groups: [
            { name: "index", tags: ["$initial"] },
            { name: "sign-in", test: SIGN_IN_SCREENS },
            { name: "seller", test: SIGNED_IN_SCREENS },
            { name: "affiliate", test: AFFILIATE_SCREENS },
          ],
        },
      },
      onwarn(warning, warn) {
        // GraphiQL's React Compiler directives ("use no memo") are harmless once bundled.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
