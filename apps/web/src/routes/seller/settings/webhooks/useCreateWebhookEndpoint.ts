import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../../gql";
import { webhookEndpointInput, type WebhookEndpointValues } from "./webhook-rules";

const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

/** What the page shows once, right after creation: the address and its signing secret. */
export interface CreatedEndpoint {
  id: string;
  url: string;
  secret: string;
}

/** Adds an endpoint; the list is fetched again, the secret is kept out of Apollo's cache. */
export function useCreateWebhookEndpoint() {
  const [create] = useMutation(CreateWebhookEndpointMutation, {
    // The secret must not linger in the cache after the panel that shows it is gone.
    fetchPolicy: "no-cache",
    refetchQueries: ["WebhookEndpoints"],
    awaitRefetchQueries: true,
  });
  return async (values: WebhookEndpointValues): Promise<CreatedEndpoint | null> => {
    const { data } = await create({ variables: { input: webhookEndpointInput(values) } });
    if (!data) return null;
    const { endpoint, secret } = data.createWebhookEndpoint;
    return { id: endpoint.id, url: endpoint.url, secret };
  };
}
