import { GraphQLScalarType } from "graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";

/**
 * `DateTimeISO`: graphql-scalars' scalar (type-graphql 2's default for Date) with our description.
 * It serialises a JS Date with `toISOString()`: UTC with milliseconds.
 */
export const DateTimeISOScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  description:
    "An ISO-8601 instant in UTC, e.g. 2026-11-24T06:33:16.000Z.\n\nInput accepts any RFC 3339 " +
    "date-time with a time zone offset (2026-11-24T07:33:16+01:00); output is always UTC with milliseconds.",
});
