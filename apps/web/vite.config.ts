import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiOrigin = process.env.API_ORIGIN ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The decorator-free entry (enums, money helpers): never the type-graphql classes.
      "@allyhut/schema": fileURLToPath(new URL("../../packages/schema/src/index.ts", import.meta.url)),
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
  },
});
