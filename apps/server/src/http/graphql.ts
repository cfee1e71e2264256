import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { DomainError } from "@allyhut/schema/domain";
import { buildApiSchema, formatApiError, type ApiContext } from "@allyhut/schema/graphql";
import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { ReadReplicas } from "../db/read-replicas";
import { currentRequestScope } from "../db/request-scope";
import { currentStatementCount, type StatementCount } from "../db/statement-counter";
import { isDatabaseUnavailable } from "../db/unavailable";
import { createSessionControl, resolveViewer } from "../modules/auth/session";
import { SessionCache } from "../modules/auth/session-cache";
import { createServices } from "../modules/services";
import { compiledGateway } from "./execution/compiled-executor";
import { queryLimits } from "./limits/query-limits";
import { readAfterOf, rememberWrites } from "./read-your-writes";
import {
  RETRY_AFTER_SECONDS,
  mentionsUnavailable,
  unavailableContextError,
  unavailableError,
} from "./service-unavailable";

export const SQL_STATEMENTS_HEADER = "X-SQL-Statements";

/** The resolvers' ApiContext plus what the server itself needs per request. */
export interface RequestContext extends ApiContext {
  requestId: string;
  log: Logger;
  statementCount: StatementCount | undefined;
  /** Called as the answer goes out: a request that wrote tells its session where its writes are. */
  rememberWrites: () => void;
}

/** An error from our own code or a dependency, not one the API means to tell the client. */
function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return false;
  if (!(original instanceof GraphQLError)) return true;
  return original.originalError !== undefined && !(original.originalError instanceof GraphQLError);
}

/** Logs unexpected errors with the request id and reports the SQL statement count. */
const requestPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        // A mutation decides about money: none of its reads may come from a replica.
        const scope = currentRequestScope();
        if (scope && operation?.operation === "mutation") scope.readsPrimary = true;
      },
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (isUnexpected(error)) {
            contextValue.log.error(
              { err: unwrapResolverError(error), path: error.path },
              "unexpected error in a GraphQL request",
            );
          }
        }
      },
      async willSendResponse({ contextValue, response }) {
        contextValue.rememberWrites();
        const count = contextValue.statementCount;
        if (count) response.http.headers.set(SQL_STATEMENTS_HEADER, String(count.statements));
        // A missing database is not the client's fault nor a bug: 503, and when to try again.
        if (
          response.body.kind === "single" &&
          mentionsUnavailable(response.body.singleResult.errors)
        ) {
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};

/** The started Apollo Server for the API. Landing page and cache-control are off: the SPA has a playground. */
export async function createApolloServer(config: Config): Promise<ApolloServer<RequestContext>> {
  const limits = queryLimits();
  const schema = buildApiSchema();
  const apollo = new ApolloServer<RequestContext>({
    // Operations run compiled by graphql-jit (./execution): Apollo's executor hook is its gateway.
    ...(config.compiledExecution ? { gateway: compiledGateway(schema).gateway } : { schema }),
    introspection: true,
    csrfPrevention: true,
    // One operation per request, so the query limits bound each request (Apollo 5's default too).
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // Our own shutdown drains HTTP first; Apollo's handler would stop it early and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.exposeErrorDetails,
    // Compact JSON: Apollo's default indents every answer, a few % of the CPU of a large page.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin,
      ...limits.plugins,
    ],
    formatError: (formatted, error) =>
      isDatabaseUnavailable(unwrapResolverError(error))
        ? unavailableError()
        : formatApiError(formatted, error, { exposeDetails: config.exposeErrorDetails }),
  });
  await apollo.start();
  return apollo;
}

/** Builds a request's GraphQL context. */
export type ContextOf = (req: Request, res: Response) => Promise<RequestContext>;

/** The per-request context of /graphql: the viewer, the services, the session. */
export function graphqlContext(db: DataSource, config: Config, reads: ReadReplicas): ContextOf {
  const sessions = new SessionCache(config.sessionCacheMs);
  return async (req, res) => {
    const scope = reads.enabled ? currentRequestScope() : undefined;
    if (scope) readAfterOf(req, scope);
    try {
      return {
        // The primary's, or this instance's cache of it for SESSION_CACHE_MS (session-cache.ts).
        viewer: await resolveViewer(db, req, sessions),
        services: createServices({
          db,
          reads,
          log: req.log,
          clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
          webhookUrls: { allowPrivate: config.allowPrivateWebhooks },
          viewerChanged: (userId) => sessions.forgetUser(userId),
        }),
        session: createSessionControl(db, req, res, {
          secureCookies: config.production,
          cache: sessions,
        }),
        requestId: String(req.id),
        log: req.log,
        statementCount: currentStatementCount(),
        rememberWrites: () => scope && rememberWrites(res, scope, config.production),
      };
    } catch (error) {
      // Apollo answers without running any plugin hook, so this is the one place to log it.
      req.log.error({ err: error }, "could not build the GraphQL context");
      throw isDatabaseUnavailable(error) ? unavailableContextError() : error;
    }
  };
}
