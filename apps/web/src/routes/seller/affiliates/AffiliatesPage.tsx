import { useQuery } from "@apollo/client/react";
import { Box, Group, NativeSelect, Paper, Stack, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { FETCHED_BY_ROUTE } from "../../../app/route-data";
import { JoinLink } from "../../../components/CopyableLink";
import { CursorPager, useCursorPages } from "../../../components/CursorPager";
import { EmptyMessage, ErrorState, LoadingState } from "../../../components/QueryState";
import { AffiliatesTable } from "./AffiliatesTable";
import { AFFILIATE_SORTS, parseAffiliateSort, STATUS_FILTERS } from "./affiliate-order";
import {
  AFFILIATES_PAGE_SIZE,
  affiliateFilters,
  MyAffiliatesQuery,
  myAffiliatesVariables,
} from "./affiliates-queries";
import { useFilterParams } from "../../../lib/filter-params";

/** My Affiliates: every affiliate with status, offers, sales, commissions and pending withdrawals. */
export function AffiliatesPage() {
  const [params, setParam] = useFilterParams();
  const filters = affiliateFilters(params);
  const { search, status, sort } = filters;
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages(`${debouncedSearch}|${status ?? ""}|${sort}`);

  const { data, previousData, loading, error, refetch } = useQuery(MyAffiliatesQuery, {
    ...FETCHED_BY_ROUTE,
    variables: myAffiliatesVariables(debouncedSearch, filters, pages.after),
  });
  const connection = (data ?? previousData)?.affiliates;
  const filtered = Boolean(debouncedSearch || status);
  // With no affiliates yet the join link moves into the empty state: one copy button, not two.
  const noAffiliatesYet = connection?.totalCount === 0 && !filtered;

  return (
    <Stack>
      <Title order={1}>My Affiliates</Title>
      {!noAffiliatesYet && (
        <Box maw={640}>
          <JoinLink description="Affiliates sign up to your program here." />
        </Box>
      )}
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label="Search"
          placeholder="Name or email"
          type="search"
          value={search}
          onChange={(event) => setParam("q", event.currentTarget.value)}
          w={{ base: "100%", xs: 260 }}
        />
        {/* The platform's own pickers: nothing to position or measure as the page mounts. */}
        <NativeSelect
          label="Status"
          data={STATUS_FILTERS}
          value={status ?? ""}
          onChange={(event) => setParam("status", event.currentTarget.value)}
          w={{ base: "100%", xs: 160 }}
        />
        <NativeSelect
          label="Sort by"
          data={[...AFFILIATE_SORTS]}
          value={parseAffiliateSort(sort).field + ":" + parseAffiliateSort(sort).direction}
          onChange={(event) => setParam("sort", event.currentTarget.value)}
          w={{ base: "100%", xs: 240 }}
        />
      </Group>
      <Paper withBorder p={{ base: "xs", sm: "md" }}>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <LoadingState label="Loading affiliates…" />
        ) : connection.totalCount === 0 ? (
          <>
            <EmptyMessage title={filtered ? "No affiliates match" : "No affiliates yet"}>
              {filtered
                ? "Try another search or status."
                : "Share your program's join link: affiliates who join appear here."}
            </EmptyMessage>
            {noAffiliatesYet && (
              <Stack maw={560} mx="auto" pb="md">
                <JoinLink />
              </Stack>
            )}
          </>
        ) : (
          <>
            <AffiliatesTable affiliates={connection.nodes} sort={parseAffiliateSort(sort)} />
            <CursorPager
              label="Affiliate pages"
              pages={pages}
              pageSize={AFFILIATES_PAGE_SIZE}
              connection={connection}
              updating={loading}
            />
          </>
        )}
      </Paper>
    </Stack>
  );
}
