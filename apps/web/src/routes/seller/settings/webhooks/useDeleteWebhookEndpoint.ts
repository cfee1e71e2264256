import { useMutation } from "@apollo/client/react";
import { showToast } from "../../../../app/toasts";
import { graphql } from "../../../../gql";
import { describeApiError } from "../../../../lib/errors";

const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

/** Deletes an endpoint; it leaves the cached list at once (Apollo skips the dangling reference). */
export function useDeleteWebhookEndpoint() {
  const [remove, { loading }] = useMutation(DeleteWebhookEndpointMutation);
  const deleteEndpoint = async (endpoint: { id: string; url: string }): Promise<boolean> => {
    try {
      await remove({
        variables: { id: endpoint.id },
        // false: it was already gone; either way it no longer belongs in the list.
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: "WebhookEndpoint", id: endpoint.id }) });
          cache.gc();
        },
      });
      showToast({ color: "green", message: `Webhooks are no longer sent to ${endpoint.url}.` });
      return true;
    } catch (error) {
      showToast({ color: "red", title: "Not deleted", message: describeApiError(error) });
      return false;
    }
  };
  return { deleteEndpoint, deleting: loading };
}
