import { Text } from "@mantine/core";
import { PayoutImportOutcome } from "@allyhut/schema";
import type { ImportColumn, ImportOutcomeStyle } from "../../../components/import/import-types";
import { graphql } from "../../../gql";
import type { ImportPayoutResultsMutation as ImportAnswer } from "../../../gql/graphql";
import { formatMoneyValue } from "../../../lib/money";

export const ImportPayoutResultsMutation = graphql(`
  mutation ImportPayoutResults($input: ImportPayoutResultsInput!) {
    importPayoutResults(input: $input) {
      id
      dryRun
      importedAt
      approvedCount
      failedCount
      problemCount
      lines {
        line
        reference
        outcome
        message
        withdrawal {
          id
          status
          amount {
            amount
            currencyCode
          }
          affiliate {
            id
            name
          }
        }
      }
    }
  }
`);

export type PayoutImport = ImportAnswer["importPayoutResults"];
export type PayoutImportLine = PayoutImport["lines"][number];

const problem = (label: string): ImportOutcomeStyle => ({ label, tone: "red", problem: true });

/** Each outcome's badge in words; a preview's APPROVED is "Will be approved". */
export function payoutOutcomeStyles(
  dryRun: boolean,
): Record<PayoutImportOutcome, ImportOutcomeStyle> {
  return {
    [PayoutImportOutcome.APPROVED]: {
      label: dryRun ? "Will be approved" : "Approved",
      tone: "green",
      problem: false,
    },
    [PayoutImportOutcome.ALREADY_APPROVED]: {
      label: "Already approved",
      tone: "gray",
      problem: false,
    },
    // Not paid: the request goes back to Pending, out of the batch, to be paid another way.
    [PayoutImportOutcome.FAILED]: {
      label: dryRun ? "Will leave the batch" : "Not paid",
      tone: "yellow",
      problem: false,
    },
    [PayoutImportOutcome.UNMATCHED]: problem("Unknown reference"),
    [PayoutImportOutcome.AMOUNT_MISMATCH]: problem("Amount differs"),
    [PayoutImportOutcome.DUPLICATE_RECEIPT]: problem("Receipt already used"),
  };
}

/** The report preview's columns after Line and Outcome. */
export const payoutImportColumns: ImportColumn<PayoutImportLine>[] = [
  {
    header: "Reference",
    cell: (line) => (
      <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
        {line.reference || "—"}
      </Text>
    ),
  },
  {
    header: "Request",
    cell: (line) =>
      line.withdrawal
        ? `${line.withdrawal.affiliate.name}, ${formatMoneyValue(line.withdrawal.amount)}`
        : "—",
  },
  { header: "Details", cell: (line) => line.message ?? "" },
];

/** The figures above the lines. */
export const payoutImportCounts = (answer: PayoutImport) => [
  { label: "Lines", value: answer.lines.length },
  { label: answer.dryRun ? "To approve" : "Approved", value: answer.approvedCount },
  { label: "Not paid", value: answer.failedCount },
  { label: "With problems", value: answer.problemCount },
];

/** What the import did, in a sentence. */
export function payoutImportSummary(answer: PayoutImport): string {
  const requests = (count: number) => `${count} ${count === 1 ? "request" : "requests"}`;
  return (
    `Approved ${requests(answer.approvedCount)}. ${requests(answer.failedCount)} not paid ` +
    `(back to Pending, out of the batch); ${answer.problemCount} ` +
    `${answer.problemCount === 1 ? "line" : "lines"} changed nothing (see below).`
  );
}
