import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSchema, printSchema, type GraphQLObjectType } from "graphql";
import { buildApiSchema, printApiSchema } from "../src/graphql";

const packageRoot = resolve(__dirname, "..");
const emittedFile = resolve(packageRoot, "schema.graphql");
const checkScript = resolve(packageRoot, "scripts/check-contract.mjs");

/** Runs the contract check on an SDL file: its exit status and what it printed. */
function checkContract(servedFile: string): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [checkScript, servedFile], { encoding: "utf8" });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  }
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

  it("keeps every promise of the contract kept in packages/schema/contract", () => {
    const result = checkContract(emittedFile);
    expect(result.output).toContain("0 breaking changes");
    expect(result.status).toBe(0);
  });

  it("would be caught breaking the contract (the check itself can fail)", () => {
    const folder = mkdtempSync(join(tmpdir(), "allyhut-contract-"));
    try {
      const broken = join(folder, "broken.graphql");
      const served = buildSchema(readFileSync(emittedFile, "utf8"));
      const withdrawal = served.getType("Withdrawal") as GraphQLObjectType;
      delete withdrawal.getFields().receiptNumber;
      writeFileSync(broken, printSchema(served));
      const result = checkContract(broken);
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/FIELD_REMOVED: Withdrawal\.receiptNumber was removed/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("is built once per process", () => {
    expect(buildApiSchema()).toBe(buildApiSchema());
  });
});
