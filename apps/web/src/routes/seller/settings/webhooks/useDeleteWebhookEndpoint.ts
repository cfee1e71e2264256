import type { ApolloCache } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { ErrorCode } from "@allyhut/schema";
import { showToast } from "../../../../app/toasts";
import { graphql } from "../../../../gql";
import { apiErrorCode, describeApiError } from "../../../../lib/errors";

const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

/** Deletes an endpoint; it leaves the cached list at once (Apollo skips the dangling reference). */
export function useDeleteWebhookEndpoint() {
  const [remove, { loading, client }] = useMutation(DeleteWebhookEndpointMutation);
  const dropFromList = (cache: ApolloCache, id: string) => {
    cache.evict({ id: cache.identify({ __typename: "WebhookEndpoint", id }) });
    cache.gc();
  };
  const deleteEndpoint = async (endpoint: { id: string; url: string }): Promise<boolean> => {
    try {
      await remove({
        variables: { id: endpoint.id },
        update: (cache) => dropFromList(cache, endpoint.id),
      });
      showToast({ color: "green", message: `Webhooks are no longer sent to ${endpoint.url}.` });
      return true;
    } catch (error) {
      // Deleted meanwhile (another tab): what the seller wanted is done, the list catches up.
      if (apiErrorCode(error) === ErrorCode.NOT_FOUND) {
        dropFromList(client.cache, endpoint.id);
        return true;
      }
      showToast({ color: "red", title: "Not deleted", message: describeApiError(error) });
      return false;
    }
  };
  return { deleteEndpoint, deleting: loading };
}
