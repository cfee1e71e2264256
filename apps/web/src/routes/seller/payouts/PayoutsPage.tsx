import { useQuery } from "@apollo/client/react";
import { Group, Input, NativeSelect, Paper, SegmentedControl, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { WithdrawalStatus } from "@allyhut/schema";
import { FETCHED_BY_ROUTE } from "../../../app/route-data";
import { CursorPager, useCursorPages } from "../../../components/CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { PayoutMonthlyChart } from "../../../components/charts/PayoutMonthlyChart";
import { PayoutSummaryCards } from "./PayoutSummaryCards";
import {
  PAYOUT_SORTS,
  PAYOUT_STATUSES,
  PAYOUTS_PAGE_SIZE,
  payoutFilters,
  SellerWithdrawalsQuery,
  sellerWithdrawalsVariables,
} from "./payouts-queries";
import { isBatchable, PayoutsTable, PayoutsTable_withdrawal } from "./PayoutsTable";
import { BatchSelectionBar } from "./BatchSelectionBar";
import { usePayoutSelection } from "./usePayoutSelection";
import { getFragmentData } from "../../../gql";
import { WithdrawalDetailsDrawer } from "./WithdrawalDetailsDrawer";
import { useFilterParams } from "../../../lib/filter-params";

const STATUS_LABELS: Record<string, string> = {
  "": "All",
  PENDING: "Pending",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

/** Payouts: what needs attention, every withdrawal request, and Process. */
export function PayoutsPage() {
  const [params, setParam] = useFilterParams();
  const filters = payoutFilters(params);
  const { status, sort } = filters;
  const [processing, setProcessing] = useState<string | null>(null);
  const pages = useCursorPages(`${status}|${sort}`);

  const { data, previousData, loading, error, refetch } = useQuery(SellerWithdrawalsQuery, {
    ...FETCHED_BY_ROUTE,
    variables: sellerWithdrawalsVariables(filters, pages.after),
  });
  const connection = (data ?? previousData)?.withdrawals;
  const selection = usePayoutSelection();
  const batchableRows = getFragmentData(PayoutsTable_withdrawal, connection?.nodes ?? []).filter(
    isBatchable,
  );

  return (
    <Stack>
      <Title order={1}>Payouts</Title>
      <PayoutSummaryCards />
      <PayoutMonthlyChart />
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
        <ExportCsvButton kind="withdrawals" filters={{ status }} />
      </Group>
      <BatchSelectionBar selection={selection} pageRows={batchableRows} />
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
            <PayoutsTable
              withdrawals={connection.nodes}
              onProcess={setProcessing}
              selection={selection}
            />
            <CursorPager
              label="Withdrawal pages"
              pages={pages}
              pageSize={PAYOUTS_PAGE_SIZE}
              connection={connection}
              updating={loading}
            />
          </>
        )}
      </Paper>
      <WithdrawalDetailsDrawer withdrawalId={processing} onClose={() => setProcessing(null)} />
    </Stack>
  );
}
