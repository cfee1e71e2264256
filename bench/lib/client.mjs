// One-off GraphQL requests (outside the load): sign-in, probes of statement counts, answer checks.
import { graphqlBody } from "./operations.mjs";

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id } }`;

/** POSTs an operation; the answer's JSON, HTTP status and X-SQL-Statements. */
export async function post(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(cookie ? { cookie } : {}),
    },
    body: graphqlBody(query, variables),
  });
  const text = await response.text();
  return {
    status: response.status,
    statements: Number(response.headers.get("x-sql-statements") ?? NaN),
    setCookie: response.headers.getSetCookie(),
    text,
    body: JSON.parse(text),
  };
}

/** Signs in through AllyHut's API; the Cookie header that carries the session. */
export async function login(url, email, password) {
  const answer = await post(url, LOGIN, { input: { email, password } });
  if (!answer.body.data?.login) throw new Error(`login failed for ${email}: ${answer.text}`);
  const pair = answer.setCookie
    .map((line) => line.split(";")[0])
    .find((p) => p.startsWith("allyhut_session="));
  if (!pair) throw new Error(`login for ${email} set no session cookie`);
  return pair;
}

/** The answer's data, or an error naming the operation and what came back. */
export function dataOf(answer, label) {
  if (answer.status !== 200 || answer.body.errors || !answer.body.data) {
    throw new Error(`${label}: HTTP ${answer.status} ${answer.text.slice(0, 500)}`);
  }
  return answer.body.data;
}
