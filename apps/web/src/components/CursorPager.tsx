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

interface CursorPagerProps {
  label: string;
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onNext: (endCursor: string) => void;
  onPrevious: () => void;
}

/** "21–40 of 57" with Previous / Next. */
export function CursorPager(props: CursorPagerProps) {
  const { label, pageNumber, pageSize, totalCount, hasNextPage, endCursor } = props;
  if (totalCount === 0) return null;
  const first = (pageNumber - 1) * pageSize + 1;
  const last = Math.min(pageNumber * pageSize, totalCount);
  return (
    <Group justify="space-between" mt="sm" wrap="wrap" component="nav" aria-label={label}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {first}–{last} of {totalCount}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pageNumber === 1} onClick={props.onPrevious}>
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={!hasNextPage || !endCursor}
          onClick={() => endCursor && props.onNext(endCursor)}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
