import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Refuses an operation type the schema does not have (a subscription here) while validating, as
 * graphql-js 17 will: version 16 lets it through to execution, which fails as an internal error.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }),
    );
  },
});
