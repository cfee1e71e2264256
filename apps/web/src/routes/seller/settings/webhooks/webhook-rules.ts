import { WebhookEventType, webhookEventTypesProblem, webhookUrlProblem } from "@allyhut/schema";

export interface WebhookEndpointValues {
  url: string;
  eventTypes: WebhookEventType[];
}

/** Every event a seller can subscribe to, in the order the form lists them, with words for each. */
export const WEBHOOK_EVENT_CHOICES: readonly { type: WebhookEventType; label: string }[] = [
  { type: WebhookEventType.SALE_RECORDED, label: "Sale recorded" },
  { type: WebhookEventType.SALE_REVERSED, label: "Sale reversed" },
  { type: WebhookEventType.WITHDRAWAL_REQUESTED, label: "Withdrawal requested" },
  { type: WebhookEventType.WITHDRAWAL_PROCESSED, label: "Withdrawal approved or rejected" },
  { type: WebhookEventType.AFFILIATE_STATUS_CHANGED, label: "Affiliate switched off or on" },
];

/** "Sale recorded" for SALE_RECORDED; the type itself for one this page does not know yet. */
export function webhookEventLabel(type: string): string {
  return WEBHOOK_EVENT_CHOICES.find((event) => event.type === type)?.label ?? type;
}

/** Event types in the order the form lists them, so every endpoint shows them alike. */
export function inFormOrder<T extends string>(types: readonly T[]): T[] {
  const known = WEBHOOK_EVENT_CHOICES.map((event) => event.type as string);
  return [...types].sort((a, b) => rank(known, a) - rank(known, b));
}

const rank = (known: string[], type: string) => {
  const index = known.indexOf(type);
  return index === -1 ? known.length : index;
};

/**
 * The form judges by the shared rules at their most lenient (http:// allowed): whether http:// or a
 * private address may be used is the server's call (production: public https:// only, checked with
 * DNS), and its answer shows on the field.
 */
export const webhookEndpointValidators = {
  url: (value: string) =>
    value.trim()
      ? webhookUrlProblem(value, { allowPrivate: true })
      : "Enter the address that should receive the webhooks.",
  eventTypes: (value: WebhookEventType[]) => webhookEventTypesProblem(value),
};

/** The createWebhookEndpoint input: the address trimmed, the events in the form's order. */
export const webhookEndpointInput = (values: WebhookEndpointValues) => ({
  url: values.url.trim(),
  eventTypes: inFormOrder(values.eventTypes),
});
