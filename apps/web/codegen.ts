import type { CodegenConfig } from "@graphql-codegen/cli";

// The SDL the schema package emits and commits: codegen never needs a running server.
const config: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
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
