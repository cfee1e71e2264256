import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./webhook-url-guard";

/** What one POST came to: the status of an answer, or why there was none. */
export type PostResult = { status: number } | { error: string; timedOut?: boolean };

export interface PinnedPost {
  url: URL;
  /** The checked addresses: the connection goes there whatever the name resolves to by now. */
  addresses: [ResolvedAddress, ...ResolvedAddress[]];
  headers: Record<string, string>;
  body: string;
  /** For the whole request, connect to answer. */
  timeoutMs: number;
  /** How much of the answer is read before the connection is dropped. */
  maxResponseBytes: number;
}

/** A lookup that answers the checked addresses only (all of them when Node races families). */
const pinnedLookup =
  (pinned: PinnedPost["addresses"]): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all)
      callback(
        null,
        pinned.map(({ address, family }) => ({ address, family })),
      );
    else callback(null, pinned[0].address, pinned[0].family);
  };

/**
 * POSTs once to the pinned address (TLS still checks the certificate against the host name). A
 * redirect is an answer like any other: never followed. The answer's body is not kept.
 */
export function pinnedPost(post: PinnedPost): Promise<PostResult> {
  const { url } = post;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const request = client.request(
      {
        method: "POST",
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers: { ...post.headers, "content-length": String(Buffer.byteLength(post.body)) },
        lookup: pinnedLookup(post.addresses),
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > post.maxResponseBytes) settle({ status });
        });
        response.on("end", () => settle({ status }));
        response.on("error", () => settle({ status }));
      },
    );
    const timer = setTimeout(() => settle({ error: "timed out", timedOut: true }), post.timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) =>
      settle({ error: error.code ? `${error.code}: ${error.message}` : error.message }),
    );
    request.end(post.body);
  });
}
