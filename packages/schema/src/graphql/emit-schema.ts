// Build step: writes the committed SDL (packages/schema/schema.graphql) that codegen and the contract check read.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { printApiSchema } from "./build-schema";

const schemaFile = resolve(__dirname, "../../schema.graphql");
writeFileSync(schemaFile, printApiSchema());
console.log(`wrote ${schemaFile}`);
