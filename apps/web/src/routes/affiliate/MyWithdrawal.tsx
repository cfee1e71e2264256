import { useQuery } from "@apollo/client/react";
import { Alert, Divider, Stack, Title } from "@mantine/core";
import { useViewer } from "../../app/viewer";
import { ErrorState, LoadingState } from "../../components/QueryState";
import { WithdrawalHistory } from "../../components/WithdrawalHistory";
import { WithdrawalSummary } from "../../components/WithdrawalSummary";
import { graphql } from "../../gql";

const MyWithdrawalDetailsQuery = graphql(`
  query MyWithdrawalDetails($id: ID!) {
    withdrawal(id: $id) {
      id
      ...WithdrawalSummary_withdrawal
      ...WithdrawalHistory_withdrawal
    }
  }
`);

/** One of the affiliate's withdrawals: status, receipt, date paid, seller's note and history. */
export function MyWithdrawal({ withdrawalId }: { withdrawalId: string }) {
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MyWithdrawalDetailsQuery, {
    variables: { id: withdrawalId },
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the withdrawal…" />;
  if (!data.withdrawal) return <Alert color="yellow">This withdrawal could not be found.</Alert>;
  return (
    <Stack gap="lg">
      <WithdrawalSummary withdrawal={data.withdrawal} reader="affiliate" />
      <Divider />
      <section aria-labelledby="my-withdrawal-history">
        <Title order={3} size="h4" id="my-withdrawal-history" mb="sm">
          History
        </Title>
        <WithdrawalHistory withdrawal={data.withdrawal} readerId={viewer?.id} />
      </section>
    </Stack>
  );
}
