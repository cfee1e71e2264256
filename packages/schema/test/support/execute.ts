import { graphql, type ExecutionResult } from "graphql";
import type { Viewer } from "../../src/domain";
import { buildApiSchema, formatApiError } from "../../src/graphql";
import { fakeContext, type FakeRecorder } from "./fake-services";

/** Executes an operation against the real schema and the fake services, as `viewer`. */
export async function run(
  viewer: Viewer | null,
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<ExecutionResult & { recorder: FakeRecorder }> {
  const { ctx, recorder } = fakeContext(viewer);
  const result = await graphql({
    schema: buildApiSchema(),
    source,
    contextValue: ctx,
    variableValues,
  });
  return { ...result, recorder };
}

/** The extensions each error would leave the server with. */
export const errorsOf = (result: ExecutionResult) =>
  (result.errors ?? []).map((error) => formatApiError(error.toJSON(), error).extensions);
