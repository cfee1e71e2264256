import { existsSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema package emits the SDL on build; until it exists, the shared contract stands in.
const emittedSchema = "../../packages/schema/schema.graphql";
const schema = existsSync(emittedSchema) ? emittedSchema : "../../../shared/contract/schema.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Decimal: "string", DateTimeISO: "string", LocalDate: "string" },
        skipTypename: false,
      },
    },
  },
};

export default config;
