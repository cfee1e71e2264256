import {
  Kind,
  isInputObjectType,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** What an operation runs on: its compiled form, or graphql-js where jit is not to be trusted. */
export type CompiledOperation = CompiledQuery | null;

// Introspection stays with graphql-js: rare, large, and the schema answer must be graphql-js's own.
const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);

function asksForIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(selection.name.value),
  );
}

/**
 * Whether a variable is an input object (or a list of them). jit coerces variables itself, again,
 * after graphql-js, and differs on input objects: it does not fill in their fields' defaults
 * (importSales' dryRun), so such operations stay with graphql-js; scalars and enums agree.
 */
function takesInputObjects(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    let type = typeFromAST(schema, definition.type);
    while (type && "ofType" in type) type = type.ofType;
    return type !== undefined && isInputObjectType(type);
  });
}

/**
 * Compiled operations by document, then operation name. Apollo's document store hands back the same
 * parsed document for the same query text, so a WeakMap keyed by it lives exactly as long as that
 * store's (bounded) entry, with no second cache to size.
 */
export class CompiledOperations {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, CompiledOperation>>();
  /** Operations compiled so far, and runs of compiled ones: what shows this path is the one used. */
  compiled = 0;
  runs = 0;

  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled operation, compiling it on first use; null: run it with graphql-js. */
  get(document: DocumentNode, operation: OperationDefinitionNode): CompiledOperation {
    const name = operation.name?.value ?? "";
    let byName = this.byDocument.get(document);
    if (!byName) {
      byName = new Map();
      this.byDocument.set(document, byName);
    }
    let compiled = byName.get(name);
    if (compiled === undefined) {
      compiled = this.compile(document, operation);
      byName.set(name, compiled);
    }
    return compiled;
  }

  private compile(document: DocumentNode, operation: OperationDefinitionNode): CompiledOperation {
    if (asksForIntrospection(operation) || takesInputObjects(this.schema, operation)) return null;
    const compiled = compileQuery(this.schema, document, operation.name?.value);
    if (!isCompiledQuery(compiled)) return null;
    this.compiled++;
    return compiled;
  }
}
