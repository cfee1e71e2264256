import type { ApolloServer } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { countStatements } from "../db/statement-counter";
import { httpGraphQLRequestOf, sendHttpGraphQLResponse } from "./apollo-http";
import { compressLargeAnswers } from "./compress-answers";
import { answerByDeadline } from "./deadline";
import type { ContextOf, RequestContext } from "./graphql";
import { readJsonBody } from "./json-body";

/**
 * /graphql in one handler: answer compression, the JSON body, the statement count, the deadline,
 * then Apollo, in that order; one router hop instead of one per step.
 */
export function graphqlEndpoint(
  apollo: ApolloServer<RequestContext>,
  contextOf: ContextOf,
  deadlineMs: number,
): RequestHandler {
  return (req, res, next) =>
    compressLargeAnswers(req, res, () =>
      readJsonBody(req, res, (refusal) => {
        if (refusal) return next(refusal);
        // Entered once the body is read: its stream's callbacks would leave the count's async context.
        countStatements(() =>
          answerByDeadline(req, res, deadlineMs, () => {
            answerGraphQL(apollo, contextOf, req, res).catch(next);
          }),
        );
      }),
    );
}

async function answerGraphQL(
  apollo: ApolloServer<RequestContext>,
  contextOf: ContextOf,
  req: Request,
  res: Response,
): Promise<void> {
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: httpGraphQLRequestOf(req),
    context: () => contextOf(req, res),
  });
  await sendHttpGraphQLResponse(res, answer);
}
