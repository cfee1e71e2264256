// Downloads a CSV export as a browser would (the session cookie goes along) and reads it back.
import { parse } from "csv-parse/sync";
import type { GraphQLTestClient } from "./http";

export interface ExportAnswer {
  status: number;
  headers: Headers;
  /** The CSV's records, the header first; for an error, []. */
  records: string[][];
  /** The JSON error body, for an error. */
  error: { message: string; extensions: { code: string; field?: string } } | null;
}

export async function download(
  url: string,
  client: GraphQLTestClient | null,
  path: string,
  query: Record<string, string> = {},
): Promise<ExportAnswer> {
  const cookie = client?.cookieHeader();
  const search = new URLSearchParams(query).toString();
  const response = await fetch(`${url}${path}${search ? `?${search}` : ""}`, {
    headers: cookie ? { cookie } : {},
  });
  const text = await response.text();
  if (response.status !== 200) {
    return {
      status: response.status,
      headers: response.headers,
      records: [],
      error: JSON.parse(text).errors[0],
    };
  }
  return { status: 200, headers: response.headers, records: parse(text), error: null };
}
