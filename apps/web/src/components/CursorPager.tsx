import { Button, Group, Text } from "@mantine/core";
import { useCallback, useState } from "react";

/**
 * Keyset paging: a stack of the cursors that opened each page seen so far. A new `resetKey`
 * (another search, filter or order) starts again at page one in the same render, so a cursor
 * is never sent with a query it does not belong to.
 */
export function useCursorPages(resetKey = "") {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback(
    (endCursor: string) =>
      setState((current) => ({
        key: resetKey,
        cursors: [...(current.key === resetKey ? current.cursors : [null]), endCursor],
      })),
    [resetKey],
  );
  const previous = useCallback(
    () =>
      setState((current) => ({
        key: resetKey,
        cursors: current.key === resetKey ? current.cursors.slice(0, -1) : [null],
      })),
    [resetKey],
  );
  return { after, pageNumber: cursors.length, next, previous };
}

/** What a pager needs of a GraphQL connection. */
interface PagedConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface CursorPagerProps {
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  connection: PagedConnection;
  /** A newer page is on its way: say so while the old one stays on screen. */
  updating?: boolean;
}

/** "21–40 of 57" with Previous / Next. */
export function CursorPager({ label, pages, pageSize, connection, updating }: CursorPagerProps) {
  const { totalCount, pageInfo } = connection;
  const { pageNumber } = pages;
  if (totalCount === 0) return null;
  const first = (pageNumber - 1) * pageSize + 1;
  const last = Math.min(pageNumber * pageSize, totalCount);
  const endCursor = pageInfo.endCursor;
  return (
    <>
      {updating && (
        <Text size="xs" c="dimmed" role="status">
          Updating…
        </Text>
      )}
      <Group justify="space-between" mt="sm" wrap="wrap" component="nav" aria-label={label}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {first}–{last} of {totalCount}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={pageNumber === 1} onClick={pages.previous}>
            Previous
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={!pageInfo.hasNextPage || !endCursor}
            onClick={() => endCursor && pages.next(endCursor)}
          >
            Next
          </Button>
        </Group>
      </Group>
    </>
  );
}
