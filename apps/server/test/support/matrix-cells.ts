// Runs one cell of the authorization matrix and says what is wrong with its answer.
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { leaksIn, stringsIn } from "./corpus";
import type { GraphQLTestClient } from "./http";
import type { Actor, MatrixRow, Scene } from "./matrix-outcomes";
import { quoted } from "./matrix-world";

/**
 * What the matrix must cover: every Query and Mutation field, and every list or connection field
 * of the API's object types (where one record leads to many others).
 */
export function operationsToCover(schema: GraphQLSchema): string[] {
  const operations: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const name of Object.keys(root?.getFields() ?? {}))
      operations.push(`${root?.name}.${name}`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type.name.endsWith("Connection"))
      continue;
    if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const connection = getNamedType(field.type).name.endsWith("Connection");
      if (connection || isListType(getNullableType(field.type))) {
        operations.push(`${type.name}.${field.name}`);
      }
    }
  }
  return operations.sort();
}

function rootFieldOf(document: string): string {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return (field.alias ?? field.name).value;
}

export interface Cell {
  row: MatrixRow;
  actor: Actor;
  scene: Scene;
  client: GraphQLTestClient;
  /** The actor's session cookie, or null for anonymous. */
  cookie: string | null;
  /** The markers of records this actor must never see (see markersOfTenant). */
  forbiddenMarkers: () => Promise<string[]>;
}

/** Problems with one cell's answer, [] if it is the expected one and gives nothing away. */
export async function runCell(cell: Cell): Promise<string[]> {
  const { row, actor, scene } = cell;
  const variables = row.variables?.(scene) ?? {};
  const response = await cell.client.request(
    row.document,
    variables,
    cell.cookie ? { cookie: cell.cookie } : {},
  );
  const text = JSON.stringify(response.body);
  const where = `${row.label} × ${actor}`;
  const problems: string[] = [];
  const expected = row.expect[actor];
  const rootValue = response.body.data?.[rootFieldOf(row.document)];
  const code = response.body.errors?.[0]?.extensions?.code;
  if ("error" in expected) {
    if (code !== expected.error) problems.push(`${where}: expected ${expected.error}, got ${text}`);
    if (rootValue != null) problems.push(`${where}: data along with ${expected.error}: ${text}`);
  } else if ("hidden" in expected) {
    if (code !== undefined || rootValue !== null)
      problems.push(`${where}: expected null, got ${text}`);
  } else {
    if (code !== undefined || rootValue == null) {
      problems.push(`${where}: expected data, got ${text}`);
    } else {
      const missing = expected.sees(scene).filter((id) => !text.includes(quoted(id)));
      if (missing.length > 0) problems.push(`${where}: ids ${missing} missing from ${text}`);
      if (expected.check && !expected.check(response.body.data ?? {}, scene)) {
        problems.push(`${where}: unexpected data ${text}`);
      }
    }
  }
  const leaks = leaksIn(text, stringsIn(variables));
  if (leaks.length > 0) problems.push(`${where}: internals ${leaks} in ${text}`);
  // Anything foreign is a leak, an id the client sent included (a refusal has no reason to echo it),
  // but what the row is about publicly.
  const revealed = new Set(row.reveals?.(scene) ?? []);
  const foreign = (await cell.forbiddenMarkers()).filter(
    (marker) => !revealed.has(marker) && text.includes(marker),
  );
  if (foreign.length > 0) problems.push(`${where}: foreign ${foreign.join(", ")} in ${text}`);
  return problems;
}
