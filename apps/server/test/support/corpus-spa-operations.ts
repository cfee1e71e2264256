// The SPA's own operations (from its generated apps/web/src/gql/gql.ts), each with its fragments.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  parse,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

const GENERATED_DOCUMENTS = path.resolve(__dirname, "../../../web/src/gql/gql.ts");

export interface SpaOperation {
  name: string;
  operation: OperationDefinitionNode;
  document: DocumentNode;
}

/** Every operation the SPA sends, as a document holding exactly the fragments it uses. */
export function spaOperations(): SpaOperation[] {
  const source = readFileSync(GENERATED_DOCUMENTS, "utf8");
  const texts = [...source.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof types\./gm)].map(
    (match) => JSON.parse(match[1] ?? '""') as string,
  );
  const definitions = texts.flatMap((text) => parse(text).definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set<string>();
      const collect = (node: ASTNode | undefined): void => {
        if (!node) return;
        visit(node, {
          FragmentSpread(spread) {
            if (used.has(spread.name.value)) return;
            used.add(spread.name.value);
            collect(fragments.get(spread.name.value));
          },
        });
      };
      collect(operation);
      const usedFragments = [...used].flatMap((name) => fragments.get(name) ?? []);
      return {
        name: operation.name?.value ?? "(anonymous)",
        operation,
        document: { kind: Kind.DOCUMENT, definitions: [operation, ...usedFragments] },
      };
    });
}

// A plausible value of an input type; `first` is the largest page, the worst case for cost.
function sampleValue(type: GraphQLInputType, name: string): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(
      fields.map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  if (isEnumType(named)) return named.getValues()[0]?.value;
  const samples: Record<string, unknown> = {
    Int: name === "first" ? 100 : 1,
    Boolean: true,
    Decimal: "1.00",
    LocalDate: "2026-01-01",
    DateTimeISO: "2026-01-01T00:00:00.000Z",
  };
  return samples[named.name] ?? "1";
}

/** Variables for an operation: every declared variable, `first` at the largest page. */
export function sampleVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type)
      variables[definition.variable.name.value] = sampleValue(type, definition.variable.name.value);
  }
  return variables;
}
