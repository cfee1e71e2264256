import {
  Kind,
  getNamedType,
  isInputObjectType,
  type GraphQLInputObjectType,
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

/** Whether an input object, or one nested in it, has a field with a default value. */
function hasFieldDefaults(type: GraphQLInputObjectType, seen = new Set<string>()): boolean {
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => {
    if (field.defaultValue !== undefined) return true;
    const named = getNamedType(field.type);
    return isInputObjectType(named) && hasFieldDefaults(named, seen);
  });
}

/**
 * Whether a variable is an input object (or a list of them) with defaults in it. jit coerces
 * variables itself, again, after graphql-js, and does not fill in input fields' defaults
 * (importSales' dryRun, processWithdrawal's allowReusedReceipt): such operations stay with
 * graphql-js. Input objects without defaults, scalars and enums coerce alike in both.
 */
function takesInputDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    const named = type && getNamedType(type);
    return named !== undefined && isInputObjectType(named) && hasFieldDefaults(named);
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
    if (asksForIntrospection(operation) || takesInputDefaults(this.schema, operation)) return null;
    const compiled = compileQuery(this.schema, document, operation.name?.value);
    if (!isCompiledQuery(compiled)) return null;
    this.compiled++;
    return compiled;
  }
}
