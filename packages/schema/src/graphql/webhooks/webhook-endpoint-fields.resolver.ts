import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { pageSizeOf, type WebhookDeliveryModel, type WebhookEndpointModel } from "../../domain";
import type { ApiContext } from "../context";
import { WebhookDeliveriesArgs, WebhookDelivery, WebhookEndpoint } from "./webhook-endpoint.type";

/** WebhookEndpoint's deliveries: an endpoint is only ever reached through the seller's own list. */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointFieldsResolver {
  @FieldResolver(() => [WebhookDelivery], { description: "The newest deliveries first." })
  deliveries(
    @Root() endpoint: WebhookEndpointModel,
    @Args() args: WebhookDeliveriesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<WebhookDeliveryModel[]> {
    return ctx.services.webhooks.deliveriesOf(endpoint.id, pageSizeOf(args.first));
  }
}
