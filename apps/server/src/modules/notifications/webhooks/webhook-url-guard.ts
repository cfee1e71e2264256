import { lookup } from "node:dns/promises";
import { parseWebhookUrl, webhookUrlProblem } from "@allyhut/schema";
import { ipLiteralOf, isPublicAddress } from "./public-address";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address of a host name (injectable: tests make a name resolve to 10.0.0.1). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** What the guard allows, from the configuration. */
export interface WebhookUrlPolicy {
  /** ALLOW_PRIVATE_WEBHOOKS: http:// and private addresses, for local development (never production). */
  allowPrivate: boolean;
  /** Default: the system resolver, every address. */
  resolve?: HostResolver;
}

/** Where to post: the parsed URL and the checked addresses to connect to (pinned against DNS rebinding). */
export interface CheckedWebhookUrl {
  ok: true;
  url: URL;
  /** Every address the host resolved to, each one checked; the connection may use only these. */
  addresses: [ResolvedAddress, ...ResolvedAddress[]];
}

/** `unresolved`: the host gave no address (maybe for now: at delivery, worth trying again). */
export type WebhookUrlCheck =
  CheckedWebhookUrl | { ok: false; reason: string; unresolved?: boolean };

export const systemResolver: HostResolver = async (hostname) => {
  const addresses = await lookup(hostname, { all: true, verbatim: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

const NOT_PUBLIC = "The endpoint address must be reachable on the public internet.";

async function addressesOf(hostname: string, resolve: HostResolver): Promise<ResolvedAddress[]> {
  const literal = ipLiteralOf(hostname);
  if (literal) return [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  try {
    return await resolve(hostname);
  } catch {
    return [];
  }
}

/**
 * The one check of a webhook address, at creation and before every post: its form (https, no
 * password, no localhost or .internal name), then every address its host resolves to must be public
 * (ANY private one refuses it). The answer names the addresses to connect to, so the post cannot
 * reach another one the name resolves to later.
 */
export async function checkWebhookUrl(
  url: string,
  policy: WebhookUrlPolicy,
): Promise<WebhookUrlCheck> {
  const problem = webhookUrlProblem(url, { allowPrivate: policy.allowPrivate });
  const parsed = parseWebhookUrl(url);
  if (problem || !parsed) return { ok: false, reason: problem ?? "Not an address." };
  const addresses = await addressesOf(parsed.hostname, policy.resolve ?? systemResolver);
  const [first, ...rest] = addresses;
  if (!first) {
    const reason = `The endpoint's host ${parsed.hostname} does not resolve.`;
    return { ok: false, reason, unresolved: true };
  }
  if (!policy.allowPrivate && !addresses.every(({ address }) => isPublicAddress(address))) {
    return { ok: false, reason: NOT_PUBLIC };
  }
  return { ok: true, url: parsed, addresses: [first, ...rest] };
}
