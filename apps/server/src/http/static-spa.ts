import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/** Paths the SPA never answers: the API's own. */
const API_PATH = /^\/(graphql|health)(\/|$)/;

/**
 * The built web app at /, with history fallback (a GET for a route, not a file, that accepts HTML
 * gets index.html),
 * or null when it has not been built.
 */
export function staticSpa(webDistDir: string): Router | null {
  const indexHtml = path.join(webDistDir, "index.html");
  if (!existsSync(indexHtml)) return null;
  const router = express.Router();
  // Hashed assets may be cached for long; index.html must always be revalidated.
  router.use(
    express.static(webDistDir, {
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
      },
    }),
  );
  router.get(/.*/, (req, res, next) => {
    // A missing file (a stale chunk) must be a 404, not index.html served as JavaScript.
    const looksLikeFile = path.extname(req.path) !== "";
    if (API_PATH.test(req.path) || looksLikeFile || !req.accepts("html")) return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });
  return router;
}
