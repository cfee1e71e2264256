// Webhook endpoints: the address and subscription rules the API and the settings form share. Whether
// an address resolves to a public host is the server's check (it needs DNS), at creation and at delivery.
import { WebhookEventType } from "../enums";
import { codePointLength } from "./text";

export const WEBHOOK_URL_MAX_LENGTH = 2048;
/** Endpoints a seller may have at once (deleted ones do not count). */
export const WEBHOOK_ENDPOINTS_MAX = 10;
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

export interface WebhookUrlRules {
  /** http:// and private addresses too: the server's ALLOW_PRIVATE_WEBHOOKS, for local development. */
  allowPrivate?: boolean;
}

/** Host names that only ever mean this machine or an internal network. */
export function isInternalHostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    name.endsWith(".internal") ||
    name.endsWith(".local")
  );
}

/** The address parsed as the server will post to it, or null when it is not one. */
export function parseWebhookUrl(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

/** What is wrong with an endpoint's address by its form alone (DNS is the server's check), or null. */
export function webhookUrlProblem(url: string, rules: WebhookUrlRules = {}): string | null {
  if (codePointLength(url.trim()) > WEBHOOK_URL_MAX_LENGTH) {
    return `The endpoint address can be at most ${WEBHOOK_URL_MAX_LENGTH} characters long.`;
  }
  const parsed = parseWebhookUrl(url);
  if (!parsed || !parsed.hostname) {
    return "Enter the endpoint's full address, like https://example.com/webhooks/allyhut.";
  }
  const schemes = rules.allowPrivate ? ["https:", "http:"] : ["https:"];
  if (!schemes.includes(parsed.protocol)) return "The endpoint address must start with https://.";
  if (parsed.username || parsed.password) {
    return "The endpoint address cannot carry a user name or password.";
  }
  if (!rules.allowPrivate && isInternalHostName(parsed.hostname)) {
    return "The endpoint address must be reachable on the public internet.";
  }
  return null;
}

/** 1–5 distinct known event types, or what is wrong. */
export function webhookEventTypesProblem(eventTypes: readonly string[]): string | null {
  if (eventTypes.length === 0) return "Choose at least one event to send.";
  if (!eventTypes.every((type) => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type))) {
    return `The events must be among ${WEBHOOK_EVENT_TYPES.join(", ")}.`;
  }
  if (new Set(eventTypes).size !== eventTypes.length) return "Choose each event only once.";
  return null;
}

export const webhookEndpointsLimitMessage = `A seller can have at most ${WEBHOOK_ENDPOINTS_MAX} webhook endpoints; delete one first.`;
