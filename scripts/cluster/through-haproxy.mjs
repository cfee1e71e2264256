// Through HAProxy: the SPA is served, and one session (stored in the database) works on every
// instance round robin sends it to.
import { GraphQLClient } from "../faults/lib/graphql.mjs";
import { HAPROXY_PORT, INSTANCES } from "./lib.mjs";

const DEMO_SELLER = "coach@allyhut.test";
const DEMO_PASSWORD = "allyhut-demo";

/** Resolves with what was seen: the SPA's status and type, and the signed-in answers of `me`. */
export async function throughHaproxy() {
  const url = `http://127.0.0.1:${HAPROXY_PORT}`;
  const page = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
  const html = await page.text();
  const client = await new GraphQLClient(url).login(DEMO_SELLER, DEMO_PASSWORD);
  const emails = [];
  // Twice round the three instances, right after the login: the session row must be on every node.
  for (let n = 0; n < 2 * INSTANCES.length; n++) {
    const answer = await client.request("query { me { email } }");
    emails.push(answer.body.data?.me?.email ?? JSON.stringify(answer.body.errors ?? null));
  }
  return {
    spa:
      page.status === 200 &&
      /text\/html/.test(page.headers.get("content-type") ?? "") &&
      html.includes("<script"),
    emails,
    signedInEverywhere: emails.every((email) => email === DEMO_SELLER),
  };
}
