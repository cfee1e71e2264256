export * from "./errors";
export * from "./models";
export * from "./services";
