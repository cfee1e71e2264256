import compression from "compression";
import type { RequestHandler } from "express";

// Large answers (lists, the schema) go compressed; small ones are not worth the CPU.
const compressLarge = compression({ threshold: 1024 });

/**
 * Without Accept-Encoding nothing would be compressed: compression's per-request wrapping is skipped,
 * and its Vary (every /graphql answer is JSON, which it would compress for another client) is kept.
 */
export const compressLargeAnswers: RequestHandler = (req, res, next) => {
  if (req.headers["accept-encoding"]) return compressLarge(req, res, next);
  res.vary("Accept-Encoding");
  next();
};
