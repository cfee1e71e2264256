import { GraphQLError, locatedError } from "graphql";

/**
 * graphql-js's own error for one that graphql-jit raised: what graphql-js's `locatedError` makes of
 * the resolver's error (kept if it already has a path; a thrown non-Error wrapped, as isDatabaseUnavailable
 * expects). jit's errors have no `extensions` object, which Apollo's formatting reads.
 */
export function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const original: unknown = error.originalError;
  const located =
    original === undefined || original === null
      ? new GraphQLError(error.message, { path: error.path })
      : locatedError(original, undefined, error.path);
  // jit knows the field's locations but not its nodes; graphql-js derives the same ones from them.
  if (!located.locations && error.locations) {
    Object.assign(located, { locations: error.locations });
  }
  return located;
}
