// Browser-safe entry: no decorators, no reflect-metadata, no GraphQL classes (those live in ./graphql).
export * from "./enums";
export * from "./errors";
export * from "./money";
