import type { ApolloServer } from "@apollo/server";
import { ErrorCode } from "@allyhut/schema";
import express, { type ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { primaryOnly, type ReadReplicas } from "../db/read-replicas";
import { createApolloServer, graphqlContext, type RequestContext } from "./graphql";
import { graphqlEndpoint } from "./graphql-endpoint";
import { exportRoutes } from "./exports";
import { healthHandler } from "./health";
import { requestLogging } from "./request-log";
import { securityHeaders } from "./security";
import { staticSpa } from "./static-spa";
import { unsubscribeRoutes } from "./unsubscribe";

export interface AppDeps {
  db: DataSource;
  /** Where list and overview reads go (default: db, no replicas). */
  reads?: ReadReplicas;
  config: Config;
  log: Logger;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<RequestContext>;
  /** Stops Apollo (after in-flight operations); the caller closes the HTTP server and the pool. */
  stop(): Promise<void>;
}

// What the client did wrong, in words, for the body parser's refusals (its own text names internals).
const BODY_PROBLEMS: Record<string, string> = {
  "entity.parse.failed": "The request body is not valid JSON.",
  "encoding.unsupported": "The request body's content encoding is not supported.",
  "charset.unsupported": "The request body's charset is not supported; send UTF-8.",
  "request.aborted": "The request body ended early.",
};

const sizeInWords = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} kB`;

/** A JSON answer with a contract code for errors outside GraphQL (a body too large, bad JSON, ...). */
const jsonErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = Number(error?.status ?? error?.statusCode ?? 500);
  const clientError = status >= 400 && status < 500;
  if (!clientError) req.log.error({ err: error }, "unhandled error");
  const message = !clientError
    ? "Internal server error"
    : error?.type === "entity.too.large"
      ? `The request body is larger than ${sizeInWords(Number(error.limit))}.`
      : (BODY_PROBLEMS[String(error?.type)] ?? "The request could not be read.");
  res.status(clientError ? status : 500).json({
    errors: [
      {
        message,
        extensions: {
          code: clientError ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR,
        },
      },
    ],
  });
};

/** The Express app: security headers, request ids and logs, /health, /graphql and the SPA. */
export async function createApp({ db, reads, config, log }: AppDeps): Promise<App> {
  const apollo = await createApolloServer(config);
  const app = express();
  app.disable("x-powered-by");
  // No ETag from res.send: API answers are not revalidated (the SPA's files get serve-static's own).
  app.set("etag", false);
  // req.ip is the login throttle's client address: right only if we know which proxies to believe.
  app.set("trust proxy", config.trustProxy);
  app.use(securityHeaders(config.production));
  // req.log carries only the request id; the completion line says what happened, never cookies.
  app.use(requestLogging(log));
  app.get("/health", healthHandler(db));
  app.use(
    "/graphql",
    graphqlEndpoint(
      apollo,
      graphqlContext(db, config, reads ?? primaryOnly(db)),
      config.requestDeadlineMs,
    ),
  );
  app.use(exportRoutes(db));
  app.use(unsubscribeRoutes(db, config));
  const spa = staticSpa(config.webDistDir);
  if (spa) app.use(spa);
  app.use(jsonErrors);
  return { app, apollo, stop: () => apollo.stop() };
}
