import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A webhook receiver for browser scenarios: a real HTTP server on 127.0.0.1 (the e2e server allows
// private webhooks), and the Standard Webhooks signature check written out by hand.

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 that keeps every POST and answers 200. */
export async function startReceiver(): Promise<{
  server: Server;
  url: string;
  received: Received[];
}> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/allyhut-hooks`, received };
}

/** The Standard Webhooks check, by hand: HMAC-SHA256 of "id.timestamp.body" with the secret's key. */
export function signatureVerifies(secret: string, message: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const id = String(message.headers["webhook-id"]);
  const timestamp = String(message.headers["webhook-timestamp"]);
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${message.body}`);
  const signatures = String(message.headers["webhook-signature"]).split(" ");
  return signatures.includes(`v1,${expected.digest("base64")}`);
}
