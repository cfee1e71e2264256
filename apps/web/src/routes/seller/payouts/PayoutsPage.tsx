import { useQuery } from "@apollo/client/react";
import {
  Group,
  Input,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { WithdrawalStatus } from "@allyhut/schema";
import { FETCHED_BY_ROUTE } from "../../../app/route-data";
import { CursorPager, useCursorPages } from "../../../components/CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { PayoutSummaryCards } from "./PayoutSummaryCards";
import {
  PAYOUT_SORTS,
  PAYOUT_STATUSES,
  PAYOUTS_PAGE_SIZE,
  payoutFilters,
  SellerWithdrawalsQuery,
  sellerWithdrawalsVariables,
} from "./payouts-queries";
import { PayoutsTable } from "./PayoutsTable";
import { WithdrawalDetailsDrawer } from "./WithdrawalDetailsDrawer";

const STATUS_LABELS: Record<string, string> = {
  "": "All",
  PENDING: "Pending",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

/** Payouts: what needs attention, every withdrawal request, and Process. */
export function PayoutsPage() {
  const [params, setParams] = useSearchParams();
  const filters = payoutFilters(params);
  const { status, sort } = filters;
  const [processing, setProcessing] = useState<string | null>(null);
  const pages = useCursorPages(`${status}|${sort}`);

  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        if (value) current.set(name, value);
        else current.delete(name);
        return current;
      },
      { replace: true },
    );

  const { data, previousData, loading, error, refetch } = useQuery(SellerWithdrawalsQuery, {
    ...FETCHED_BY_ROUTE,
    variables: sellerWithdrawalsVariables(filters, pages.after),
  });
  const connection = (data ?? previousData)?.withdrawals;

  return (
    <Stack>
      <Title order={1}>Payouts</Title>
      <PayoutSummaryCards />
      <Group align="flex-end" wrap="wrap" gap="sm">
        <Input.Wrapper label="Status" id="payout-status-label">
          <SegmentedControl
            aria-labelledby="payout-status-label"
            data={PAYOUT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value]! }))}
            value={status}
            onChange={(value) => setParam("status", value)}
            display="flex"
          />
        </Input.Wrapper>
        {/* The platform's own picker: nothing to position or measure as the page mounts. */}
        <NativeSelect
          label="Sort by"
          data={PAYOUT_SORTS}
          value={sort}
          onChange={(event) => setParam("sort", event.currentTarget.value)}
          w={{ base: "100%", xs: 200 }}
        />
      </Group>
      <Paper withBorder p={{ base: "xs", sm: "md" }}>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <LoadingState label="Loading withdrawals…" />
        ) : connection.totalCount === 0 ? (
          <EmptyMessage
            title={
              status
                ? `No ${STATUS_LABELS[status]!.toLowerCase()} withdrawals`
                : "No withdrawals yet"
            }
          >
            {status === WithdrawalStatus.PENDING
              ? "Nothing needs your attention."
              : "Requests from your affiliates appear here."}
          </EmptyMessage>
        ) : (
          <>
            <PayoutsTable withdrawals={connection.nodes} onProcess={setProcessing} />
            {loading && (
              <Text size="xs" c="dimmed" role="status">
                Updating…
              </Text>
            )}
            <CursorPager
              label="Withdrawal pages"
              pageNumber={pages.pageNumber}
              pageSize={PAYOUTS_PAGE_SIZE}
              totalCount={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
              onNext={pages.next}
              onPrevious={pages.previous}
            />
          </>
        )}
      </Paper>
      <WithdrawalDetailsDrawer withdrawalId={processing} onClose={() => setProcessing(null)} />
    </Stack>
  );
}
