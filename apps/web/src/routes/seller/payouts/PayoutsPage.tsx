import { useQuery } from "@apollo/client/react";
import { Group, Input, Paper, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { SortDirection, WithdrawalOrderField, WithdrawalStatus } from "@allyhut/schema";
import { CursorPager, useCursorPages } from "../../../components/CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { graphql } from "../../../gql";
import { PayoutSummaryCards } from "./PayoutSummaryCards";
import { PayoutsTable } from "./PayoutsTable";
import { WithdrawalDetailsDrawer } from "./WithdrawalDetailsDrawer";

const PAGE_SIZE = 20;

const SellerWithdrawalsQuery = graphql(`
  query SellerWithdrawals(
    $first: Int!
    $after: String
    $status: WithdrawalStatus
    $orderBy: WithdrawalOrder
  ) {
    withdrawals(first: $first, after: $after, status: $status, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...PayoutsTable_withdrawal
      }
    }
  }
`);

const SORTS = [
  { value: "REQUESTED_AT:DESC", label: "Newest first" },
  { value: "REQUESTED_AT:ASC", label: "Oldest first" },
  { value: "AMOUNT:DESC", label: "Largest amount" },
  { value: "AMOUNT:ASC", label: "Smallest amount" },
];
const STATUSES = [
  "",
  WithdrawalStatus.PENDING,
  WithdrawalStatus.APPROVED,
  WithdrawalStatus.REJECTED,
];
const STATUS_LABELS: Record<string, string> = {
  "": "All",
  PENDING: "Pending",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

/** Payouts: what needs attention, every withdrawal request, and Process. */
export function PayoutsPage() {
  const [params, setParams] = useSearchParams();
  const status = STATUSES.includes(params.get("status") ?? "") ? (params.get("status") ?? "") : "";
  const sort = SORTS.some((s) => s.value === params.get("sort"))
    ? params.get("sort")!
    : SORTS[0]!.value;
  const [field, direction] = sort.split(":") as [WithdrawalOrderField, SortDirection];
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
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      status: (status || null) as WithdrawalStatus | null,
      orderBy: { field, direction },
    },
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
            data={STATUSES.map((value) => ({ value, label: STATUS_LABELS[value]! }))}
            value={status}
            onChange={(value) => setParam("status", value)}
            display="flex"
          />
        </Input.Wrapper>
        <Select
          label="Sort by"
          data={SORTS}
          value={sort}
          onChange={(value) => setParam("sort", value ?? "")}
          allowDeselect={false}
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
              pageSize={PAGE_SIZE}
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
