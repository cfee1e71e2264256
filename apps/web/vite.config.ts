import { fileURLToPath } from "node:url";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiOrigin = process.env.API_ORIGIN ?? "http://localhost:4000";

export default defineConfig({
  plugins: [
    react({
      // graphql(`…`) becomes an import of that one document: each chunk carries only its own.
      babel: {
        plugins: [
          [babelOptimizerPlugin, { artifactDirectory: "./src/gql", gqlTagName: "graphql" }],
        ],
      },
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
    },
  },
  worker: { format: "es" },
  build: {
    // GraphiQL and Monaco are large but live in the lazily loaded /playground chunk.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React Compiler directives ("use no memo") are harmless once bundled.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
