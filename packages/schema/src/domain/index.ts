// The server's domain: the errors services throw, the records they answer and the interfaces they
// implement. No decorators and no GraphQL, so services depend on nothing of the API layer.
export * from "./errors";
export * from "./models";
export * from "./services";
export * from "./instant";
export * from "./page-size";
export * from "./reports";
