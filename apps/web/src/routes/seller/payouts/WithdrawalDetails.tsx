import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Alert, Divider, Stack, Title } from "@mantine/core";
import { WithdrawalStatus } from "@allyhut/schema";
import { ErrorState, LoadingState } from "../../../components/QueryState";
import { WithdrawalHistory } from "../../../components/WithdrawalHistory";
import { WithdrawalSummary } from "../../../components/WithdrawalSummary";
import { graphql } from "../../../gql";
import { ProcessWithdrawalForm } from "./ProcessWithdrawalForm";

const SellerWithdrawalDetailsQuery = graphql(`
  query SellerWithdrawalDetails($id: ID!) {
    withdrawal(id: $id) {
      id
      status
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
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the withdrawal…" />;
  const withdrawal = data.withdrawal;
  if (!withdrawal) {
    return <Alert color="yellow">This withdrawal no longer exists or is not yours to see.</Alert>;
  }
  const pending = withdrawal.status === WithdrawalStatus.PENDING;
  return (
    <Stack gap="lg">
      {staleExplanation && (
        <Alert color="orange" role="alert" title="Changed by someone else">
          {staleExplanation}
        </Alert>
      )}
      <WithdrawalSummary withdrawal={withdrawal} reader="seller" withoutEditableFacts={pending} />
      <Divider />
      {pending ? (
        <ProcessWithdrawalForm
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
