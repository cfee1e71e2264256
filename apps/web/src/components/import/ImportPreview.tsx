import { Button, Group, Pagination, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ImportLines } from "./ImportLines";
import type { ImportColumn, ImportLineAccess, ImportOutcomeStyle } from "./import-types";

export const IMPORT_LINES_PER_PAGE = 50;
const ALL = "all";
const PROBLEMS = "problems";

export interface ImportPreviewProps<Line> extends ImportLineAccess<Line> {
  lines: Line[];
  /** Every outcome the lines can have, by its API value. */
  outcomes: Record<string, ImportOutcomeStyle>;
  /** The figures above the table, e.g. { label: "New", value: 12 }. */
  counts: { label: string; value: number }[];
  /** The row renderer: the columns after Line and Outcome. */
  columns: ImportColumn<Line>[];
  /** The button that goes ahead (a preview); none once done. */
  confirm?: { label: string; onConfirm: () => void; disabled?: boolean };
  /** Another file (and, in a preview, nothing saved). */
  startOver: { label: string; onStartOver: () => void };
}

/**
 * An import's lines, each with its outcome in words: counts, lines with problems first (or only
 * one outcome), 50 at a time, and the button that goes ahead. Knows nothing of what is imported.
 */
export function ImportPreview<Line>(props: ImportPreviewProps<Line>) {
  const { lines, outcomes, outcomeOf, lineNumberOf } = props;
  const [shown, setShown] = useState(ALL);
  const [page, setPage] = useState(1);
  const isProblem = (line: Line) => outcomes[outcomeOf(line)]?.problem ?? true;
  const problemCount = lines.filter(isProblem).length;
  const present = Object.keys(outcomes).filter((o) => lines.some((l) => outcomeOf(l) === o));

  // Problems first, each group in file order.
  const ordered = [...lines].sort(
    (a, b) => Number(isProblem(b)) - Number(isProblem(a)) || lineNumberOf(a) - lineNumberOf(b),
  );
  const filtered = ordered.filter((line) =>
    shown === ALL ? true : shown === PROBLEMS ? isProblem(line) : outcomeOf(line) === shown,
  );
  const pageCount = Math.max(1, Math.ceil(filtered.length / IMPORT_LINES_PER_PAGE));
  const pageLines = filtered.slice(
    (page - 1) * IMPORT_LINES_PER_PAGE,
    page * IMPORT_LINES_PER_PAGE,
  );
  const countOf = (outcome: string) => lines.filter((line) => outcomeOf(line) === outcome).length;

  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: props.counts.length }} spacing="sm" component="dl" m={0}>
        {props.counts.map((count) => (
          <div key={count.label}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {count.label}
            </Text>
            <Text component="dd" fw={700} size="lg" m={0}>
              {count.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label="Show"
          allowDeselect={false}
          value={shown}
          onChange={(value) => {
            setShown(value ?? ALL);
            setPage(1);
          }}
          data={[
            { value: ALL, label: `All lines (${lines.length})` },
            { value: PROBLEMS, label: `Lines with problems (${problemCount})` },
            ...present.map((outcome) => ({
              value: outcome,
              label: `${outcomes[outcome]?.label ?? outcome} (${countOf(outcome)})`,
            })),
          ]}
          w={{ base: "100%", xs: 280 }}
        />
        <Group gap="sm">
          <Button variant="default" onClick={props.startOver.onStartOver}>
            {props.startOver.label}
          </Button>
          {props.confirm && (
            <Button onClick={props.confirm.onConfirm} disabled={props.confirm.disabled}>
              {props.confirm.label}
            </Button>
          )}
        </Group>
      </Group>
      {filtered.length === 0 ? (
        <Text c="dimmed">No line has this outcome.</Text>
      ) : (
        <ImportLines
          lines={pageLines}
          outcomes={outcomes}
          columns={props.columns}
          outcomeOf={outcomeOf}
          lineNumberOf={lineNumberOf}
        />
      )}
      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={page}
          onChange={setPage}
          aria-label="Pages of lines"
          getItemProps={(number) => ({ "aria-label": `Lines page ${number}` })}
          getControlProps={(control) => ({
            "aria-label":
              control === "previous"
                ? "Previous lines"
                : control === "next"
                  ? "Next lines"
                  : control,
          })}
        />
      )}
    </Stack>
  );
}
