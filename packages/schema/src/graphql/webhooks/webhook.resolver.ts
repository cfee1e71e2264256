import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { CreatedWebhookEndpointModel, WebhookEndpointModel } from "../../domain";
import { WEBHOOK_ENDPOINTS_MAX } from "../../rules/webhook";
import { viewerOf } from "../auth-checker";
import type { ApiContext } from "../context";
import { CreateWebhookEndpointInput } from "./webhook.inputs";
import { CreatedWebhookEndpoint, WebhookEndpoint } from "./webhook-endpoint.type";

/** The seller's webhook endpoints (the Webhooks settings page); deliveries are a field of each. */
@Resolver()
export class WebhookResolver {
  @Authorized("SELLER")
  @Query(() => [WebhookEndpoint], {
    description:
      "The signed-in seller's webhook endpoints, newest first, each with its recent deliveries.\n\nErrors: UNAUTHENTICATED; FORBIDDEN without a seller.",
  })
  webhookEndpoints(@Ctx() ctx: ApiContext): Promise<WebhookEndpointModel[]> {
    return ctx.services.webhooks.list(viewerOf(ctx));
  }

  @Authorized("SELLER")
  @Mutation(() => CreatedWebhookEndpoint, {
    description:
      "Adds an endpoint that the chosen events are posted to, signed with a new secret (answered once).\n\n" +
      `Errors: UNAUTHENTICATED; FORBIDDEN without a seller; BAD_USER_INPUT (field "url") for an address that is not https://, carries a password or resolves to a private, loopback or link-local address; ` +
      `BAD_USER_INPUT (field "eventTypes") for none or a repeated one; CONFLICT with ${WEBHOOK_ENDPOINTS_MAX} endpoints already.`,
  })
  createWebhookEndpoint(
    @Arg("input", () => CreateWebhookEndpointInput, { description: "The address and events." })
    input: CreateWebhookEndpointInput,
    @Ctx() ctx: ApiContext,
  ): Promise<CreatedWebhookEndpointModel> {
    return ctx.services.webhooks.create(viewerOf(ctx), {
      url: input.url,
      eventTypes: input.eventTypes,
    });
  }

  @Authorized("SELLER")
  @Mutation(() => Boolean, {
    description:
      "Deletes an endpoint: nothing more is posted to it, and its deliveries still pending become FAILED.\n\n" +
      "Errors: UNAUTHENTICATED; FORBIDDEN without a seller; NOT_FOUND for another seller's or an already deleted endpoint.",
  })
  deleteWebhookEndpoint(
    @Arg("id", () => ID, { description: "The endpoint's id." }) id: string,
    @Ctx() ctx: ApiContext,
  ): Promise<boolean> {
    return ctx.services.webhooks.delete(viewerOf(ctx), id);
  }
}
