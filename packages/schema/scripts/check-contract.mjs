#!/usr/bin/env node
// Checks that a served GraphQL schema keeps every promise of the contract in packages/schema/contract/:
// graphql-js findBreakingChanges(contract, served) must find nothing.
// Usage: node packages/schema/scripts/check-contract.mjs [SERVED.graphql | --url http://127.0.0.1:4000/graphql]
// Default SERVED: packages/schema/schema.graphql. Exit 0 when nothing is broken, 1 otherwise.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
} from "graphql";

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const contractDir = join(packageRoot, "contract");

/** v1.graphql, then each later version's additions (v2.graphql extends v1), as one document. */
function contractSchema() {
  const versions = readdirSync(contractDir)
    .filter((name) => /^v\d+\.graphql$/.test(name))
    .sort((a, b) => Number(a.slice(1, -8)) - Number(b.slice(1, -8)));
  const sdl = versions.map((name) => readFileSync(join(contractDir, name), "utf8")).join("\n");
  return { versions, schema: buildSchema(sdl) };
}

async function servedSchema(args) {
  const at = args.indexOf("--url");
  if (at >= 0) {
    const response = await fetch(args[at + 1], {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const body = await response.json();
    if (!body.data) throw new Error(`introspection failed: ${JSON.stringify(body.errors ?? body)}`);
    return buildClientSchema(body.data);
  }
  return buildSchema(readFileSync(args[0] ?? join(packageRoot, "schema.graphql"), "utf8"));
}

const contract = contractSchema();
const broken = findBreakingChanges(contract.schema, await servedSchema(process.argv.slice(2)));
for (const change of broken) console.log(`${change.type}: ${change.description}`);
const kept = broken.length === 0;
console.log(
  kept
    ? `contract kept (${contract.versions.join(" + ")}): 0 breaking changes`
    : `contract broken (${contract.versions.join(" + ")}): ${broken.length} breaking changes`,
);
process.exit(kept ? 0 : 1);
