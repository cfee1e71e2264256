import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../domain";
import { WebhookDeliveryStatus, WebhookEventType } from "../enums";
import { DateTimeISOScalar } from "../scalars/date-time-iso.scalar";

// deliveries is declared by webhook-endpoint-fields.resolver.ts.
@ObjectType("WebhookEndpoint", {
  description:
    "An address of the seller's that AllyHut posts events to, signed per the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature headers).",
})
export class WebhookEndpoint {
  @Field(() => ID, { description: "The endpoint's id.", simple: true })
  id!: string;

  @Field(() => String, { description: "Where events are posted.", simple: true })
  url!: string;

  @Field(() => [WebhookEventType], {
    description: "The events posted to it.",
    simple: true,
  })
  eventTypes!: WebhookEventType[];

  @Field(() => DateTimeISOScalar, { description: "When the seller added it.", simple: true })
  createdAt!: Date;
}

@ObjectType("WebhookDelivery", {
  description:
    "One event posted (or to be posted) to one endpoint: retried with backoff until delivered or out of attempts.",
})
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id.", simple: true })
  id!: string;

  @Field(() => WebhookEventType, { description: "What happened.", simple: true })
  eventType!: WebhookEventType;

  @Field(() => WebhookDeliveryStatus, {
    description: "PENDING while being tried, then DELIVERED or FAILED.",
    simple: true,
  })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: "How many posts were tried so far.", simple: true })
  attempts!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status of the last attempt, if one got an answer.",
    simple: true,
  })
  responseStatus!: number | null;

  @Field(() => DateTimeISOScalar, {
    description: "When the event was queued for it.",
    simple: true,
  })
  createdAt!: Date;

  @Field(() => DateTimeISOScalar, {
    nullable: true,
    description: "When the endpoint accepted it (a 2xx answer); null until then.",
    simple: true,
  })
  deliveredAt!: Date | null;
}

@ObjectType("CreatedWebhookEndpoint", {
  description: "A new webhook endpoint with its signing secret, which is shown only this once.",
})
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint, { description: "The endpoint." })
  endpoint!: WebhookEndpoint;

  @Field(() => String, {
    description:
      "The signing secret (whsec_…), shown only here, once. Verify each post's webhook-signature with it.",
  })
  secret!: string;
}

/** Arguments of WebhookEndpoint.deliveries. */
@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many deliveries, newest first: 1..${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}. Outside that range is BAD_USER_INPUT with extensions.field "first".`,
  })
  first?: number | null;
}
