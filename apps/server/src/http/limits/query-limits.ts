import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ParseOptions, ValidationRule } from "graphql";
import { KnownOperationTypesRule } from "./operation-types";
import { queryCostPlugin } from "./query-cost";

/** The shape an operation may have; anything beyond is BAD_USER_INPUT before a resolver runs. */
export const QUERY_LIMITS = {
  /** Nested selections (fragments flattened; introspection has graphql-js's own rule). */
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 10,
  /** Lexical tokens of the query text: refused while parsing, so a huge document costs little. */
  maxTokens: 1_000,
  /**
   * See estimateFieldCost. The SPA's largest screen at 100 a page costs ≈ 1,600; 100 affiliates
   * with 100 withdrawals each (10,201) is over.
   */
  maxCost: 10_000,
} as const;

export interface QueryLimits {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/** The Apollo options that enforce QUERY_LIMITS (GraphQL Armor's rules plus a pagination-aware cost). */
export function queryLimits(limits: typeof QUERY_LIMITS = QUERY_LIMITS): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // graphql-js's own parser limit does this without parsing twice.
    maxTokens: { enabled: false },
    // Armor's cost ignores `first`; ours multiplies by it.
    costLimit: { enabled: false },
    // Introspection is on (the playground needs it), so hiding "Did you mean" would hide nothing.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [KnownOperationTypesRule, ...armor.validationRules],
    plugins: [...armor.plugins, queryCostPlugin(limits.maxCost)],
  };
}
