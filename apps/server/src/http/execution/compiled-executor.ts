import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  execute,
  getVariableValues,
  printSchema,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { isPromise } from "node:util/types";
import type { RequestContext } from "../graphql";
import { CompiledOperations } from "./compiled-operations";
import { asGraphQLJsError } from "./graphql-errors";

type Gateway = ApolloServerOptionsWithGateway<RequestContext>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type ExecutorRequest = Parameters<GatewayExecutor>[0];

// graphql-js's own cap on variable errors per request (execute's buildExecutionContext).
const MAX_VARIABLE_ERRORS = 50;

/** The executor: graphql-jit for operations it compiled, graphql-js for the rest. */
export function compiledExecutor(schema: GraphQLSchema, operations: CompiledOperations) {
  const graphqlJs = ({ document, request, context }: ExecutorRequest) =>
    execute({
      schema,
      document,
      contextValue: context,
      variableValues: request.variables,
      operationName: request.operationName,
    });

  return async (requestContext: ExecutorRequest): Promise<ExecutionResult> => {
    const { document, operation, request, context } = requestContext;
    // No single operation (a missing or unknown name): graphql-js's own error says which.
    if (!operation) return graphqlJs(requestContext);
    const compiled = operations.get(document, operation);
    if (!compiled) return graphqlJs(requestContext);
    if (operation.variableDefinitions?.length) {
      // graphql-js coerces first: its errors carry the variable's node (Apollo's BAD_USER_INPUT)
      // and our scalars' messages, which jit's own coercion replaces with "Expected type X.".
      const coerced = getVariableValues(
        schema,
        operation.variableDefinitions,
        request.variables ?? {},
        {
          maxErrors: MAX_VARIABLE_ERRORS,
        },
      );
      if (coerced.errors) return { errors: coerced.errors };
    }
    operations.runs++;
    const pending = compiled.query(undefined, context, request.variables);
    const result = isPromise(pending) ? await pending : pending;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
}

/**
 * Apollo Server's one hook for running operations another way is its gateway: this one serves our
 * own schema and runs operations compiled by graphql-jit. Apollo still parses, validates (query
 * limits included), runs every plugin hook and formats the errors.
 */
export function compiledGateway(schema: GraphQLSchema): {
  gateway: Gateway;
  operations: CompiledOperations;
} {
  const operations = new CompiledOperations(schema);
  const executor = compiledExecutor(schema, operations);
  let schemaLoaded: Parameters<Gateway["onSchemaLoadOrUpdate"]>[0] | undefined;
  const gateway: Gateway = {
    // Apollo takes the schema from this callback, the executor from load().
    onSchemaLoadOrUpdate(callback) {
      schemaLoaded = callback;
      return () => {
        schemaLoaded = undefined;
      };
    },
    async load() {
      schemaLoaded?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { schema, executor };
    },
    async stop() {},
  };
  return { gateway, operations };
}
