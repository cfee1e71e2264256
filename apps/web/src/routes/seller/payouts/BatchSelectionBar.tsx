import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PAYOUT_BATCH_MAX_WITHDRAWALS } from "@allyhut/schema";
import type { PaymentMethod } from "../../../gql/graphql";
import { describeApiError } from "../../../lib/errors";
import { BatchableCountQuery, CreatePayoutBatchMutation } from "./batch-selection-queries";
import { idsToBatch, type SelectableRow, type usePayoutSelection } from "./usePayoutSelection";

const count = new Intl.NumberFormat("en-US");
const methodWords = (method: PaymentMethod) => (method === "PAYPAL" ? "PayPal" : "bank transfer");

interface BatchSelectionBarProps {
  selection: ReturnType<typeof usePayoutSelection>;
  /** The rows of the page on screen that can be batched. */
  pageRows: SelectableRow[];
}

/** What is selected, "Select all N pending PayPal requests", and Create payout batch. */
export function BatchSelectionBar({ selection, pageRows }: BatchSelectionBarProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [createBatch] = useMutation(CreatePayoutBatchMutation);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const method = selection.methods.length === 1 ? selection.methods[0]! : null;
  const pageAllSelected = selection.allSelected(pageRows);
  const { data } = useQuery(BatchableCountQuery, {
    variables: { paymentMethod: method ?? "PAYPAL" },
    skip: !method || !(pageAllSelected || selection.allOf),
    fetchPolicy: "network-only",
  });
  const batchable = data?.withdrawals.totalCount;
  if (selection.ticked.length === 0 && !selection.allOf) return null;

  const mixed = selection.methods.length > 1;
  const chosen = selection.allOf
    ? Math.min(batchable ?? selection.ticked.length, PAYOUT_BATCH_MAX_WITHDRAWALS)
    : selection.ticked.length;
  const offerAll = method && !selection.allOf && pageAllSelected && batchable && batchable > chosen;

  const create = async () => {
    setProblem(null);
    setCreating(true);
    try {
      const withdrawalIds = await idsToBatch(client, selection);
      const { data: created } = await createBatch({ variables: { input: { withdrawalIds } } });
      if (!created) throw new Error("The server did not answer.");
      // The rows just batched show "In batch #N" from now on; lists load afresh when next shown.
      for (const fieldName of ["withdrawals", "payoutBatches"]) {
        client.cache.evict({ id: "ROOT_QUERY", fieldName, broadcast: false });
      }
      selection.clear();
      await navigate(`/seller/payout-batches/${created.createPayoutBatch.id}`);
    } catch (error) {
      setProblem(describeApiError(error));
    } finally {
      setCreating(false);
    }
  };

  return (
    <Paper withBorder p="sm" role="region" aria-label="Selected requests">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600} role="status">
              {selection.allOf
                ? `All ${count.format(chosen)} pending ${methodWords(selection.allOf)} requests selected`
                : `${count.format(chosen)} selected`}
            </Text>
            {offerAll && (
              <Button variant="subtle" size="xs" onClick={() => selection.selectAllOf(method)}>
                {batchable > PAYOUT_BATCH_MAX_WITHDRAWALS
                  ? `Select the oldest ${count.format(PAYOUT_BATCH_MAX_WITHDRAWALS)} of ${count.format(batchable)} pending ${methodWords(method)} requests`
                  : `Select all ${count.format(batchable)} pending ${methodWords(method)} requests`}
              </Button>
            )}
          </Group>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={selection.clear}>
              Clear selection
            </Button>
            <Button size="xs" onClick={() => void create()} disabled={mixed} loading={creating}>
              Create payout batch
            </Button>
          </Group>
        </Group>
        {mixed && (
          <Text size="sm" c="dimmed">
            A payout batch is paid through one provider: select only PayPal or only bank transfer
            requests.
          </Text>
        )}
        {chosen > PAYOUT_BATCH_MAX_WITHDRAWALS && (
          <Text size="sm" c="dimmed">
            A batch holds at most {count.format(PAYOUT_BATCH_MAX_WITHDRAWALS)} requests.
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert" title="No batch created">
            {problem}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
