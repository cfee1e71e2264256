import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

interface ApiErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

export interface Answer<R> {
  data?: R | null;
  errors?: ApiErrorBody[];
}

/** One person talking to the real API over HTTP, with their own session cookie. */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  async send<R, V>(document: TypedDocumentNode<R, V> | string, variables: V): Promise<Answer<R>> {
    const response = await fetch(new URL("/graphql", process.env.E2E_BASE_URL), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      },
      body: JSON.stringify({
        query: typeof document === "string" ? document : print(document),
        variables,
      }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ""] = setCookie.split(";");
      const equals = pair.indexOf("=");
      this.cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    return (await response.json()) as Answer<R>;
  }

  /** For the setup steps, which must succeed: the data, or an error with the API's answer. */
  async must<R, V>(document: TypedDocumentNode<R, V> | string, variables: V): Promise<R> {
    const answer = await this.send(document, variables);
    if (answer.errors?.length || !answer.data) {
      throw new Error(`The API refused a setup step: ${JSON.stringify(answer.errors)}`);
    }
    return answer.data;
  }
}
