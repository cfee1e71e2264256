// The SPA's initial JavaScript (what index.html loads before anything else) in gzip bytes, next to
// a bare React + Apollo Client app (bench/bare-app) built with the SPA's own Vite config.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "./bench-db.mjs";

const WEB_DIR = path.join(REPO_ROOT, "apps/web");
const BARE_APP = path.join(REPO_ROOT, "bench/bare-app");

/** The scripts index.html runs or preloads: module scripts and modulepreload links. */
function initialScriptsOf(indexHtml) {
  const sources = [];
  const script = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
  const preload = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;
  for (const pattern of [script, preload]) {
    for (const match of indexHtml.matchAll(pattern)) sources.push(match[1]);
  }
  return [...new Set(sources)];
}

/** gzip (level 9, as CDNs serve it) of each initial script of a built dist/. */
export function initialJsOf(distDir) {
  const indexFile = path.join(distDir, "index.html");
  if (!existsSync(indexFile)) return null;
  const files = initialScriptsOf(readFileSync(indexFile, "utf8")).map((source) => {
    const content = readFileSync(path.join(distDir, source.replace(/^\//, "")));
    return {
      file: source,
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    };
  });
  return {
    builtAt: statSync(indexFile).mtime.toISOString(),
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/** Builds bench/bare-app into `outDir` with apps/web/vite.config.ts (Vite from node_modules). */
export async function buildBareApp(outDir) {
  const { build } = await import("vite");
  await build({
    root: BARE_APP,
    configFile: path.join(WEB_DIR, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return initialJsOf(outDir);
}

export async function bundleSizes(resultsDir) {
  const spa = initialJsOf(path.join(WEB_DIR, "dist"));
  const bare = await buildBareApp(path.join(resultsDir, "bare-app-dist"));
  return { spa, bare, ratio: spa && bare ? spa.gzipBytes / bare.gzipBytes : NaN };
}
