import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, findBreakingChanges } from "graphql";
import { buildApiSchema, printApiSchema } from "../src/graphql";

const packageRoot = resolve(__dirname, "..");
const emittedFile = resolve(packageRoot, "schema.graphql");

// The contract lives in the shared folder beside the repository: /work/shared next to /work/main.
function contractFile(): string {
  const candidates = [
    process.env.ALLYHUT_CONTRACT,
    resolve(packageRoot, "../../../shared/contract/schema.graphql"),
    resolve(__dirname, "../../../../shared/contract/schema.graphql"),
  ].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`contract not found; looked at ${candidates.join(", ")}`);
  return found;
}

describe("schema.graphql", () => {
  it("is up to date with the code (else run `npm run build -w @allyhut/schema` and commit it)", () => {
    const emitted = existsSync(emittedFile) ? readFileSync(emittedFile, "utf8") : "";
    const fresh = printApiSchema();
    if (emitted !== fresh) {
      throw new Error(
        "packages/schema/schema.graphql is stale: run `npm run build -w @allyhut/schema` and commit it.",
      );
    }
  });

  it("keeps every promise of the shared contract", () => {
    const contract = buildSchema(readFileSync(contractFile(), "utf8"));
    const breaking = findBreakingChanges(contract, buildApiSchema());
    expect(breaking.map((change) => `${change.type}: ${change.description}`)).toEqual([]);
  });

  it("is built once per process", () => {
    expect(buildApiSchema()).toBe(buildApiSchema());
  });
});
