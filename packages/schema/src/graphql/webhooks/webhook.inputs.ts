import { Field, InputType } from "type-graphql";
import { WEBHOOK_URL_MAX_LENGTH } from "../../rules/webhook";
import { WebhookEventType } from "../enums";

@InputType("CreateWebhookEndpointInput", {
  description: "Where to post events, and which events.",
})
export class CreateWebhookEndpointInput {
  @Field(() => String, {
    description: `https:// (http:// and private addresses only where the server allows them, for local development). At most ${WEBHOOK_URL_MAX_LENGTH} characters; every address the host resolves to must be public.`,
  })
  url!: string;

  @Field(() => [WebhookEventType], {
    description: "1–5 distinct events to post to it.",
  })
  eventTypes!: WebhookEventType[];
}
