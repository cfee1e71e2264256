// Jest cannot parse import.meta.env: src/config.ts (its only reader) resolves to a stand-in.
const path = require("node:path");

const appConfig = path.join(__dirname, "src", "config.ts");
const testConfig = path.join(__dirname, "src", "test", "config.ts");

module.exports = (request, options) => {
  const resolved = options.defaultResolver(request, options);
  return resolved === appConfig ? testConfig : resolved;
};
