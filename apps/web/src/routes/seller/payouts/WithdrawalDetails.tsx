import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Alert, Anchor, Button, Divider, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { WithdrawalStatus } from "@allyhut/schema";
import { ErrorState, LoadingState } from "../../../components/QueryState";
import { WithdrawalHistory } from "../../../components/WithdrawalHistory";
import { WithdrawalSummary } from "../../../components/WithdrawalSummary";
import { graphql } from "../../../gql";
import { ProcessWithdrawalForm } from "./ProcessWithdrawalForm";
import { useRemoveFromBatch } from "../payout-batches/useRemoveFromBatch";

const SellerWithdrawalDetailsQuery = graphql(`
  query SellerWithdrawalDetails($id: ID!) {
    withdrawal(id: $id) {
      id
      status
      batch {
        id
        status
      }
      ...WithdrawalSummary_withdrawal
      ...ProcessWithdrawalForm_withdrawal
      ...WithdrawalHistory_withdrawal
    }
  }
`);

/** One withdrawal request: its summary, Process (while pending) and its history. */
export function WithdrawalDetails({
  withdrawalId,
  onClose,
}: {
  withdrawalId: string;
  onClose: () => void;
}) {
  const { data, error, refetch } = useQuery(SellerWithdrawalDetailsQuery, {
    variables: { id: withdrawalId },
    fetchPolicy: "cache-and-network",
  });
  const [staleExplanation, setStaleExplanation] = useState<string | null>(null);
  const { takeOut, removing } = useRemoveFromBatch();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the withdrawal…" />;
  const withdrawal = data.withdrawal;
  if (!withdrawal) {
    return <Alert color="yellow">This withdrawal no longer exists or is not yours to see.</Alert>;
  }
  const pending = withdrawal.status === WithdrawalStatus.PENDING;
  // Paid through its batch's file: by hand only once it is taken out (else paid twice).
  const openBatch = pending && withdrawal.batch?.status === "OPEN" ? withdrawal.batch : null;
  return (
    <Stack gap="lg">
      {staleExplanation && (
        <Alert color="orange" role="alert" title="Changed by someone else">
          {staleExplanation}
        </Alert>
      )}
      <WithdrawalSummary withdrawal={withdrawal} reader="seller" withoutEditableFacts={pending} />
      <Divider />
      {openBatch && (
        <Alert color="blue" title={`In payout batch #${openBatch.id}`}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              This request is paid through{" "}
              <Anchor component={Link} to={`/seller/payout-batches/${openBatch.id}`}>
                payout batch #{openBatch.id}
              </Anchor>
              . Take it out of the batch to process it by hand.
            </Text>
            <Button
              size="xs"
              variant="default"
              loading={removing}
              onClick={() => void takeOut(withdrawal.id, "The request")}
            >
              Take it out of the batch
            </Button>
          </Stack>
        </Alert>
      )}
      {pending ? (
        <ProcessWithdrawalForm
          disabled={openBatch !== null}
          key={withdrawal.id}
          withdrawal={withdrawal}
          onSaved={onClose}
          onStale={(explanation) => {
            setStaleExplanation(explanation);
            void refetch();
          }}
        />
      ) : (
        <Alert color="gray" title="Processed">
          Approved and rejected withdrawals are final; their details can no longer change.
        </Alert>
      )}
      <section aria-labelledby="withdrawal-history">
        <Title order={3} size="h4" id="withdrawal-history" mb="sm">
          History
        </Title>
        <WithdrawalHistory withdrawal={withdrawal} />
      </section>
    </Stack>
  );
}
