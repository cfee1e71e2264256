// GET /exports/withdrawals.csv and /exports/commissions.csv: the books as CSV, for the session's
// seller (all its rows, or one affiliate's) or affiliate (their own). Reads only, so no CSRF token.
import { ErrorCode, todayUtc } from "@allyhut/schema";
import { DomainError, Unauthenticated } from "@allyhut/schema/domain";
import { Router, type RequestHandler, type Response } from "express";
import type { DataSource } from "typeorm";
import { isDatabaseUnavailable } from "../db/unavailable";
import { resolveViewer } from "../modules/auth/session";
import { exportFiltersOf, type ExportFilters } from "../modules/reports/export-filters";
import {
  COMMISSIONS_EXPORT,
  WITHDRAWALS_EXPORT,
  type ExportKind,
} from "../modules/reports/export-kinds";
import { exportScopeOf, type ExportScope } from "../modules/reports/export-scope";
import { streamCsv } from "../modules/reports/export-stream";
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "./service-unavailable";

/** Exports at once per process: each holds a pool connection while it streams; the API keeps the rest. */
export const MAX_CONCURRENT_EXPORTS = 2;

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** The error body /graphql's neighbours answer with: a message and the contract's code. */
function sendError(res: Response, status: number, message: string, extensions: object): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/** "demo-coaching-withdrawals-2026-01-01-to-2026-12-03.csv"; the slug is [a-z0-9-], safe as is. */
export function exportFileName(kind: string, scope: ExportScope, filters: ExportFilters): string {
  const affiliate = scope.affiliateId === null ? "" : `-affiliate-${scope.affiliateId}`;
  const to = filters.to ?? todayUtc();
  const dates = filters.from === null ? `until-${to}` : `${filters.from}-to-${to}`;
  return `${scope.sellerSlug}-${kind}${affiliate}-${dates}.csv`;
}

function exportHandler(db: DataSource, kind: ExportKind, running: { count: number }) {
  const handler: RequestHandler = async (req, res) => {
    let streaming = false;
    try {
      const viewer = await resolveViewer(db, req);
      if (!viewer) throw new Unauthenticated("Sign in to download this export.");
      const filters = exportFiltersOf(req.query as Record<string, unknown>, kind.statuses);
      const scope = await exportScopeOf(db, viewer, filters.affiliateId);
      if (running.count >= MAX_CONCURRENT_EXPORTS) {
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        return sendError(res, 503, "Other exports are running; try again in a few seconds.", {
          code: ErrorCode.SERVICE_UNAVAILABLE,
        });
      }
      const { sql, parameters } = kind.statement(scope, filters);
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader(
        "Content-Disposition",
        `attachment; filename="${exportFileName(kind.name, scope, filters)}"`,
      );
      res.setHeader("Cache-Control", "no-store");
      running.count++;
      streaming = true;
      try {
        await streamCsv(
          db,
          { sql, parameters, header: kind.header, cells: (row) => kind.cells(row, scope) },
          res,
        );
      } finally {
        running.count--;
      }
    } catch (error) {
      if (streaming || res.headersSent) {
        // Cut off mid-file: the client must not take a short file for the whole one.
        if (!res.writableFinished) req.log.warn({ err: error }, "export ended early");
        res.destroy();
      } else if (error instanceof DomainError) {
        sendError(res, HTTP_STATUS[error.code] ?? 400, error.message, error.extensions);
      } else if (isDatabaseUnavailable(error)) {
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        sendError(res, 503, DATABASE_UNAVAILABLE_MESSAGE, { code: ErrorCode.SERVICE_UNAVAILABLE });
      } else {
        req.log.error({ err: error }, "export failed");
        sendError(res, 500, "Internal server error", { code: ErrorCode.INTERNAL_SERVER_ERROR });
      }
    }
  };
  return handler;
}

/** The export routes; mounted before the SPA's fallback. */
export function exportRoutes(db: DataSource): Router {
  const running = { count: 0 };
  const router = Router();
  router.get("/exports/withdrawals.csv", exportHandler(db, WITHDRAWALS_EXPORT, running));
  router.get("/exports/commissions.csv", exportHandler(db, COMMISSIONS_EXPORT, running));
  return router;
}
