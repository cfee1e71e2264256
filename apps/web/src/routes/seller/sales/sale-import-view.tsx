import { Text } from "@mantine/core";
import type { ImportColumn } from "../../../components/import/import-types";
import { formatMoneyValue } from "../../../lib/money";
import type { SaleImport, SaleImportLine } from "./sale-import";

/** The sales preview's columns after Line and Outcome. */
export const saleImportColumns: ImportColumn<SaleImportLine>[] = [
  {
    header: "Order",
    cell: (line) => (
      <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
        {line.orderId || "—"}
      </Text>
    ),
  },
  {
    header: "Commission",
    align: "right",
    cell: (line) => (line.commission ? formatMoneyValue(line.commission.amount) : "—"),
  },
  { header: "Details", cell: (line) => line.message ?? "" },
];

/** The figures above the lines. */
export const saleImportCounts = (answer: SaleImport) => [
  { label: "Lines", value: answer.lines.length },
  { label: answer.dryRun ? "New" : "Recorded", value: answer.recordedCount },
  { label: "Already recorded", value: answer.alreadyRecordedCount },
  { label: "With problems", value: answer.problemCount },
];

/** What the import did, in a sentence. */
export function saleImportSummary(answer: SaleImport): string {
  const sales = (count: number) => `${count} ${count === 1 ? "sale" : "sales"}`;
  return (
    `Recorded ${sales(answer.recordedCount)}. ${sales(answer.alreadyRecordedCount)} ` +
    `${answer.alreadyRecordedCount === 1 ? "was" : "were"} recorded before; ` +
    `${answer.problemCount} ${answer.problemCount === 1 ? "line" : "lines"} could not be recorded (see below).`
  );
}
