import type { ApolloServerPlugin } from "@apollo/server";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@allyhut/schema/graphql";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getVariableValues,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type TypeNode,
} from "graphql";
import { getComplexity, type ComplexityEstimatorArgs } from "graphql-query-complexity";

/** What an unpaged list (Seller.offers, Withdrawal.history, ...) is assumed to hold. */
export const UNPAGED_LIST_SIZE = 10;

// A page never holds more than MAX_PAGE_SIZE: a larger `first` is refused by the resolver, unrun.
function pageSizeOf(first: unknown): number {
  if (typeof first !== "number" || !Number.isInteger(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
}

/**
 * The cost of one field: every object is 1 (a possible fetch), leaves are free, and a list
 * multiplies its selection by its size: `first` for a connection, UNPAGED_LIST_SIZE otherwise.
 * Introspection is free: it runs in memory and graphql-js's MaxIntrospectionDepthRule bounds it.
 */
export function estimateFieldCost({
  type,
  field,
  args,
  childComplexity,
}: ComplexityEstimatorArgs): number {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  if (isLeafType(getNamedType(field.type))) return 0;
  if (field.args.some((arg) => arg.name === "first")) {
    return 1 + pageSizeOf(args.first) * childComplexity;
  }
  // A connection's `nodes` is already counted by the connection's `first`.
  const unpagedList = isListType(getNullableType(field.type)) && !type.name.endsWith("Connection");
  return 1 + (unpagedList ? UNPAGED_LIST_SIZE : 1) * childComplexity;
}

/**
 * The operation's cost with these variables, or null when the variables do not fit the operation
 * (execution then refuses them, naming the field, before any resolver runs).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables: variables ?? {},
    estimators: [estimateFieldCost],
  });
}

// Costs by document (Apollo reuses one DocumentNode per query text) and by the values of its Int
// variables, the only ones a cost depends on; a few combinations per document are kept.
const MAX_COSTS_PER_DOCUMENT = 100;
const knownCosts = new WeakMap<DocumentNode, Map<string, number | null>>();

const costKeyOf = (operation: OperationDefinitionNode, variables: Record<string, unknown>) =>
  JSON.stringify([
    operation.name?.value ?? null,
    ...(operation.variableDefinitions ?? [])
      .filter((definition) => namedTypeOf(definition.type) === "Int")
      .map((definition) => variables[definition.variable.name.value] ?? null),
  ]);

// The named type of a variable's type node, e.g. `[Int!]!` → "Int".
function namedTypeOf(node: TypeNode): string {
  return node.kind === Kind.NAMED_TYPE ? node.name.value : namedTypeOf(node.type);
}

function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number | null {
  const costs = knownCosts.get(document) ?? new Map<string, number | null>();
  knownCosts.set(document, costs);
  const key = costKeyOf(operation, variables ?? {});
  const known = costs.get(key);
  if (known !== undefined) return known;
  const cost = operationCost(schema, document, operation, variables);
  if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
  // null means the variables do not fit: decided per request, not cached.
  if (cost !== null) costs.set(key, cost);
  return cost;
}

const tooCostly = (message: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });

/** Refuses an operation whose cost exceeds `maxCost`, after validation and before execution. */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let cost: number | null;
          try {
            cost = cachedOperationCost(schema, document, operation, request.variables);
          } catch {
            // graphql-query-complexity gives up on documents of more than 10,000 selections.
            throw tooCostly("This operation is too large.");
          }
          if (cost !== null && cost > maxCost) {
            throw tooCostly(
              `This operation would cost ${cost}, more than the ${maxCost} allowed: ask for smaller pages (first) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
