// Browser-safe entry: no decorators, no reflect-metadata, no GraphQL classes (those live in ./graphql).
export * from "./enums";
export * from "./errors";
export * from "./money";
// One definition per rule, for the API and the forms alike (messages are the API's).
export * from "./rules/text";
export * from "./rules/dates";
export * from "./rules/amount";
export * from "./rules/account";
export * from "./rules/seller";
export * from "./rules/offer";
export * from "./rules/affiliate";
export * from "./rules/withdrawal";
export * from "./rules/payout-minimum";
export * from "./rules/sale";
export * from "./rules/payout";
export * from "./rules/report";
export * from "./rules/webhook";
