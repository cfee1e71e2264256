import { useApolloClient, useMutation } from "@apollo/client/react";
import { FileInput, Progress, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { PAYOUT_REPORT_MAX_BYTES, PAYOUT_REPORT_MAX_LINES } from "@allyhut/schema";
import { ImportFailedAlert } from "../../../components/import/ImportFailedAlert";
import { ImportDone } from "../../../components/import/ImportDone";
import { ImportPreview } from "../../../components/import/ImportPreview";
import { evictMoneyViews } from "../../../lib/cache";
import { describeApiError } from "../../../lib/errors";
import {
  ImportPayoutResultsMutation,
  payoutImportColumns,
  payoutImportCounts,
  payoutImportSummary,
  payoutOutcomeStyles,
  type PayoutImport,
  type PayoutImportLine,
} from "./payout-import";

type Step =
  | { name: "pick"; problem?: string }
  | { name: "sending"; dryRun: boolean }
  | { name: "preview"; csv: string; preview: PayoutImport }
  | { name: "done"; result: PayoutImport }
  | { name: "failed"; csv: string; dryRun: boolean; message: string };

const lineAccess = {
  lineNumberOf: (line: PayoutImportLine) => line.line,
  outcomeOf: (line: PayoutImportLine) => line.outcome,
};
const MAX_MB = PAYOUT_REPORT_MAX_BYTES / (1024 * 1024);

/** The provider's report on a batch: read in the browser, checked (dry run), then applied. */
export function ImportPayoutReport({ batchId }: { batchId: string }) {
  const client = useApolloClient();
  const [step, setStep] = useState<Step>({ name: "pick" });
  const [file, setFile] = useState<File | null>(null);
  const [importResults] = useMutation(ImportPayoutResultsMutation, {
    // Applied: the batch, its rows and its imports show what changed.
    refetchQueries: ({ data }) => (data?.importPayoutResults.dryRun ? [] : "active"),
    awaitRefetchQueries: true,
  });

  const send = async (csv: string, dryRun: boolean) => {
    setStep({ name: "sending", dryRun });
    try {
      const { data } = await importResults({ variables: { input: { batchId, csv, dryRun } } });
      if (!data) throw new Error("The server did not answer.");
      const answer = data.importPayoutResults;
      if (dryRun) return setStep({ name: "preview", csv, preview: answer });
      evictMoneyViews(client.cache);
      setStep({ name: "done", result: answer });
    } catch (error) {
      const why = describeApiError(error);
      const message = dryRun
        ? `The report could not be checked: ${why} Nothing was changed.`
        : `The report was not imported: ${why} Importing it again never pays a request twice.`;
      setStep({ name: "failed", csv, dryRun, message });
    }
  };

  const pickFile = async (picked: File | null) => {
    setFile(picked);
    if (!picked) return setStep({ name: "pick" });
    if (picked.size > PAYOUT_REPORT_MAX_BYTES) {
      return setStep({ name: "pick", problem: `The file is larger than ${MAX_MB} MB.` });
    }
    await send(await picked.text(), true);
  };

  const startOver = () => {
    setFile(null);
    setStep({ name: "pick" });
  };

  switch (step.name) {
    case "pick":
      return (
        <Stack>
          <Text size="sm">
            The report PayPal or Wise gives after paying the batch (or AllyHut&apos;s result CSV),
            up to {MAX_MB} MB and {PAYOUT_REPORT_MAX_LINES.toLocaleString("en-US")} lines. Lines are
            matched on the reference (AH-W-…). Nothing changes before you confirm.
          </Text>
          <FileInput
            label="Provider's report (CSV)"
            placeholder="Choose a .csv file"
            accept=".csv,text/csv"
            value={file}
            onChange={(picked) => void pickFile(picked)}
            clearable
            error={step.problem}
          />
        </Stack>
      );
    case "sending":
      return (
        <Stack gap={6}>
          <Progress
            value={100}
            animated
            striped
            size="lg"
            aria-label={step.dryRun ? "Checking the report" : "Importing the report"}
          />
          <Text size="sm" role="status">
            {step.dryRun ? "Checking the report…" : "Importing the report…"}
          </Text>
        </Stack>
      );
    case "preview": {
      const { preview } = step;
      return (
        <Stack>
          <Text size="sm">Checked, nothing changed yet.</Text>
          <ImportPreview
            {...lineAccess}
            lines={preview.lines}
            outcomes={payoutOutcomeStyles(true)}
            counts={payoutImportCounts(preview)}
            columns={payoutImportColumns}
            confirm={{
              label: "Confirm import",
              disabled: preview.approvedCount + preview.failedCount === 0,
              onConfirm: () => void send(step.csv, false),
            }}
            startOver={{ label: "Choose another file", onStartOver: startOver }}
          />
        </Stack>
      );
    }
    case "done":
      return (
        <ImportDone
          title="Report imported"
          summary={payoutImportSummary(step.result)}
          {...lineAccess}
          lines={step.result.lines}
          outcomes={payoutOutcomeStyles(false)}
          counts={payoutImportCounts(step.result)}
          columns={payoutImportColumns}
          startOver={{ label: "Import another report", onStartOver: startOver }}
        />
      );
    case "failed":
      return (
        <ImportFailedAlert
          title={step.dryRun ? "Not checked" : "Not imported"}
          message={step.message}
          onRetry={() => void send(step.csv, step.dryRun)}
          onStartOver={startOver}
        />
      );
  }
}
