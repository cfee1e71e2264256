import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
// serve-static (what express.static is) plus Accept-Encoding negotiation over the build's .br and
// .gz copies, with Content-Type, Content-Encoding and Vary right: small, kept up, nothing to hand-roll.
import expressStaticGzip from "express-static-gzip";

/** Paths the SPA never answers: the API's own, and the build's assets (a missing one is a 404). */
const NOT_A_PAGE = /^\/(graphql|health|assets)(\/|$)/;
/** Hashed file names change with their content, so a copy never goes stale. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * The built web app at /: files precompressed at build time, brotli or gzip as the client accepts,
 * and history fallback (a GET for a route, not a file, that accepts HTML gets index.html),
 * or null when it has not been built.
 */
export function staticSpa(webDistDir: string): Router | null {
  const root = path.resolve(webDistDir);
  if (!existsSync(path.join(root, "index.html"))) return null;
  const assetsDir = path.join(root, "assets") + path.sep;
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    // Brotli's copies are the smaller ones: preferred whenever the client takes both.
    orderPreference: ["br"],
    index: false,
    serveStatic: {
      index: false,
      // Hashed assets may be cached for ever; index.html (and any unhashed file) is revalidated.
      setHeaders: (res, file) =>
        res.setHeader("Cache-Control", file.startsWith(assetsDir) ? IMMUTABLE : "no-cache"),
    },
  });
  const router = express.Router();
  router.use(files);
  router.get(/.*/, (req, res, next) => {
    // A missing file (a stale chunk) must be a 404, not index.html served as JavaScript.
    const looksLikeFile = path.extname(req.path) !== "";
    if (NOT_A_PAGE.test(req.path) || looksLikeFile || !req.accepts("html")) return next();
    // The route's page is index.html, negotiated and cached like the file itself.
    req.url = "/index.html";
    files(req, res, next);
  });
  return router;
}
