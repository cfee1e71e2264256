import { useMutation } from "@apollo/client/react";
import { showToast } from "../../../app/toasts";
import { graphql } from "../../../gql";
import { describeApiError } from "../../../lib/errors";

const RemoveFromPayoutBatchMutation = graphql(`
  mutation RemoveFromPayoutBatch($withdrawalId: ID!) {
    removeFromPayoutBatch(withdrawalId: $withdrawalId) {
      id
      status
      batch {
        id
        status
      }
    }
  }
`);

/** "Take out": a request leaves its open batch, to be paid by hand or batched again. */
export function useRemoveFromBatch() {
  const [remove, { loading }] = useMutation(RemoveFromPayoutBatchMutation, {
    // The batch's total and rows, the Payouts list and the drawer all change.
    refetchQueries: "active",
    awaitRefetchQueries: true,
    update: (cache) =>
      cache.evict({ id: "ROOT_QUERY", fieldName: "withdrawals", broadcast: false }),
  });
  const takeOut = async (withdrawalId: string, what: string) => {
    try {
      await remove({ variables: { withdrawalId } });
      showToast({ color: "green", message: `${what} taken out of the batch.` });
    } catch (error) {
      showToast({ color: "red", message: describeApiError(error) });
    }
  };
  return { takeOut, removing: loading };
}
