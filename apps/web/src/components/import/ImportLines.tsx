import { Table } from "@mantine/core";
import { RecordCard, RecordList, useIsPhone } from "../RecordList";
import { ScrollTable } from "../ScrollTable";
import { ToneBadge } from "../StatusBadge";
import type { ImportColumn, ImportLineAccess, ImportOutcomeStyle } from "./import-types";

interface ImportLinesProps<Line> extends ImportLineAccess<Line> {
  lines: Line[];
  outcomes: Record<string, ImportOutcomeStyle>;
  columns: ImportColumn<Line>[];
}

/** Lines of an import with their outcome badge: a table, or cards on a phone. */
export function ImportLines<Line>(props: ImportLinesProps<Line>) {
  const { lines, outcomes, columns, lineNumberOf, outcomeOf } = props;
  const phone = useIsPhone();
  const badge = (line: Line) => {
    const outcome = outcomes[outcomeOf(line)];
    return (
      <ToneBadge tone={outcome?.tone ?? "gray"}>{outcome?.label ?? outcomeOf(line)}</ToneBadge>
    );
  };
  if (phone) {
    return (
      <RecordList label="Lines of the file">
        {lines.map((line) => (
          <RecordCard
            key={lineNumberOf(line)}
            title={`Line ${lineNumberOf(line)}`}
            badge={badge(line)}
            facts={columns.map((column) => ({ label: column.header, value: column.cell(line) }))}
          />
        ))}
      </RecordList>
    );
  }
  return (
    <ScrollTable label="Lines of the file" minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label="Lines of the file">
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">Line</Table.Th>
            <Table.Th>Outcome</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.header} ta={column.align}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={lineNumberOf(line)}>
              <Table.Td ta="right">{lineNumberOf(line)}</Table.Td>
              <Table.Td>{badge(line)}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.header} ta={column.align}>
                  {column.cell(line)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
