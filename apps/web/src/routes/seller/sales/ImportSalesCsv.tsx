import { useApolloClient, useMutation } from "@apollo/client/react";
import { FileInput, Stack, Text } from "@mantine/core";
import { useCallback, useState } from "react";
import { ImportFailedAlert } from "../../../components/import/ImportFailedAlert";
import { ImportDone } from "../../../components/import/ImportDone";
import { ImportPreview } from "../../../components/import/ImportPreview";
import { ImportProgressBar } from "../../../components/import/ImportProgressBar";
import { ImportPartError, useImportInParts } from "../../../components/import/useImportInParts";
import type { SaleImportRowInput } from "../../../gql/graphql";
import { evictMoneyViews } from "../../../lib/cache";
import { describeApiError } from "../../../lib/errors";
import {
  ImportSalesMutation,
  mergeSaleImports,
  SALE_IMPORT_PART_LIMITS,
  saleOutcomeStyles,
  type SaleImport,
} from "./sale-import";
import { saleImportColumns, saleImportCounts, saleImportSummary } from "./sale-import-view";
import {
  columnsReadOf,
  readSalesCsv,
  SALE_COLUMN_HEADERS,
  SALE_COLUMN_NAMES,
  salesFileSizeProblem,
} from "./sales-csv";

type Step =
  | { name: "pick"; problem?: string }
  | { name: "sending" }
  | { name: "preview"; rows: SaleImportRowInput[]; preview: SaleImport; columnsRead: string }
  | { name: "done"; result: SaleImport }
  | {
      name: "failed";
      rows: SaleImportRowInput[];
      dryRun: boolean;
      message: string;
      columnsRead: string;
    };

const lineAccess = {
  lineNumberOf: (line: SaleImport["lines"][number]) => line.line,
  outcomeOf: (line: SaleImport["lines"][number]) => line.outcome,
};

/** Sales from a course platform's CSV: read in the browser, checked (dry run), then recorded. */
export function ImportSalesCsv() {
  const client = useApolloClient();
  const [step, setStep] = useState<Step>({ name: "pick" });
  const [file, setFile] = useState<File | null>(null);
  const [importSales] = useMutation(ImportSalesMutation);
  const send = useCallback(
    async (rows: SaleImportRowInput[], dryRun: boolean) => {
      const { data } = await importSales({ variables: { input: { rows, dryRun } } });
      if (!data) throw new Error("The server did not answer.");
      return data.importSales;
    },
    [importSales],
  );
  const { run, progress } = useImportInParts(send, SALE_IMPORT_PART_LIMITS);

  const importRows = async (rows: SaleImportRowInput[], dryRun: boolean, columnsRead = "") => {
    setStep({ name: "sending" });
    try {
      const answer = mergeSaleImports(await run(rows, dryRun), dryRun);
      if (dryRun) setStep({ name: "preview", rows, preview: answer, columnsRead });
      else {
        evictMoneyViews(client.cache);
        setStep({ name: "done", result: answer });
      }
    } catch (error) {
      const message = failureSentence(error, rows.length, dryRun);
      setStep({ name: "failed", rows, dryRun, message, columnsRead });
    }
  };

  const pickFile = async (picked: File | null) => {
    setFile(picked);
    if (!picked) return setStep({ name: "pick" });
    const sizeProblem = salesFileSizeProblem(picked.size);
    if (sizeProblem) return setStep({ name: "pick", problem: sizeProblem });
    const csv = readSalesCsv(await picked.text());
    if (!csv.ok) return setStep({ name: "pick", problem: csv.problem });
    await importRows(csv.rows, true, columnsReadOf(csv.headerOf));
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
            A CSV file with the column names on its first line, up to 10,000 sales and 5 MB. Columns
            are found by name: {columnHelp()}. Nothing is saved before you confirm.
          </Text>
          <FileInput
            label="Sales file (CSV)"
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
      return progress ? <ImportProgressBar progress={progress} /> : null;
    case "preview": {
      const newSales = step.preview.recordedCount;
      return (
        <Stack>
          <Text size="sm">Checked, nothing saved yet. Columns read: {step.columnsRead}.</Text>
          <ImportPreview
            {...lineAccess}
            lines={step.preview.lines}
            outcomes={saleOutcomeStyles(true)}
            counts={saleImportCounts(step.preview)}
            columns={saleImportColumns}
            confirm={{
              label: `Record ${newSales} new ${newSales === 1 ? "sale" : "sales"}`,
              disabled: newSales === 0,
              onConfirm: () => void importRows(step.rows, false),
            }}
            startOver={{ label: "Choose another file", onStartOver: startOver }}
          />
        </Stack>
      );
    }
    case "done":
      return (
        <ImportDone
          title="Import finished"
          summary={saleImportSummary(step.result)}
          {...lineAccess}
          lines={step.result.lines}
          outcomes={saleOutcomeStyles(false)}
          counts={saleImportCounts(step.result)}
          columns={saleImportColumns}
          startOver={{ label: "Import another file", onStartOver: startOver }}
        />
      );
    case "failed":
      return (
        <ImportFailedAlert
          title={step.dryRun ? "Not checked" : "Import stopped"}
          message={step.message}
          onRetry={() => void importRows(step.rows, step.dryRun, step.columnsRead)}
          onStartOver={startOver}
        />
      );
  }
}

// "order id (order_id, order id, order, transaction id), …", from the mapping itself.
const columnHelp = () =>
  (Object.keys(SALE_COLUMN_HEADERS) as (keyof typeof SALE_COLUMN_HEADERS)[])
    .map((column) => `${SALE_COLUMN_NAMES[column]} (${SALE_COLUMN_HEADERS[column].join(", ")})`)
    .join("; ");

function failureSentence(error: unknown, total: number, dryRun: boolean): string {
  const sent = error instanceof ImportPartError ? error.sentRows : 0;
  const why = describeApiError(error instanceof ImportPartError ? error.cause : error);
  if (dryRun) return `The file could not be checked: ${why} Nothing was saved.`;
  return (
    `The import stopped after ${sent} of ${total} lines: ${why} The lines before were recorded. ` +
    "Try again: a sale already recorded is never recorded twice."
  );
}
