// Bad payout reports (importPayoutResults.csv) and bad ids of payout day's mutations. A dry run, so
// a case that slipped through would still change nothing; each must be refused on its field.
import { PAYOUT_REPORT_MAX_LINES } from "@allyhut/schema";
import { BAD_IDS, all, answered, type CorpusGroup, type ValueTable } from "./corpus-cases";
import { field } from "./corpus-slots";
import { ErrorCode } from "@allyhut/schema";

const IMPORT = `mutation M($input: ImportPayoutResultsInput!) { importPayoutResults(input: $input) { id } }`;
const CREATE = `mutation M($input: CreatePayoutBatchInput!) { createPayoutBatch(input: $input) { id } }`;
const REMOVE = `mutation M($withdrawalId: ID!) { removeFromPayoutBatch(withdrawalId: $withdrawalId) { id } }`;

const HEADER = "reference,status,receipt_number,paid_on,note";
const PAID = "AH-W-1,PAID,TX-1,2026-02-01,";

/** A report of `lines` data lines after the header (the header is line 1). */
const report = (lines: number): string =>
  [HEADER, ...Array.from({ length: lines }, (_, n) => `AH-W-${n + 1},FAILED,,,n`)].join("\n");

const BAD_REPORTS: ValueTable = [
  ...all("rule", [
    "",
    "\n\n",
    HEADER,
    `\uFEFF${HEADER}\r\n`,
    "name,email,amount\nLois,lois@x.test,15.00",
    `${HEADER},extra\n${PAID},x`,
    `${HEADER}\r\nAH-W-1,PAID,,2026-02-01,\r\n`,
    `${HEADER}\nAH-W-1,PAID,TX-1,not a date,`,
    `${HEADER}\n"AH-W-1, AH-W-2",SOMETIMES,TX-1,2026-02-01,"a, b"`,
    `${HEADER}\nAH-W-1,=HYPERLINK("https://evil.test"),TX-1,2026-02-01,`,
    `${HEADER}\nAH-W-1,"PAID,TX-1,2026-02-01,`,
    report(PAYOUT_REPORT_MAX_LINES),
    `${HEADER}\n${`AH-W-1,FAILED,,,"${"x".repeat(1_000)}"\n`.repeat(6 * 1024)}`,
  ]),
  ...all("type", [null, 42, ["a,b"], { csv: HEADER }]),
];

export const PAYOUT_GROUPS: CorpusGroup[] = [
  field(
    {
      name: "importPayoutResults.csv",
      as: "seller",
      query: IMPORT,
      field: "csv",
      variables: (t, csv) => ({ input: { batchId: t.batchId, csv, dryRun: true } }),
    },
    BAD_REPORTS,
  ),
  field(
    {
      name: "importPayoutResults.batchId",
      as: "seller",
      query: IMPORT,
      field: "batchId",
      variables: (_, batchId) => ({ input: { batchId, csv: `${HEADER}\n${PAID}`, dryRun: true } }),
    },
    BAD_IDS,
  ),
  field(
    {
      name: "createPayoutBatch.withdrawalIds",
      as: "seller",
      query: CREATE,
      field: "withdrawalIds",
      variables: (_, withdrawalIds) => ({ input: { withdrawalIds } }),
    },
    [
      ...all("rule", [[], Array.from({ length: 1_001 }, (_, n) => String(n + 1))]),
      [["1", "x"], answered(ErrorCode.NOT_FOUND)],
      ...all("type", [null, [null], [{}]]),
    ],
  ),
  field(
    {
      name: "removeFromPayoutBatch.withdrawalId",
      as: "seller",
      query: REMOVE,
      field: "withdrawalId",
      variables: (_, withdrawalId) => ({ withdrawalId }),
    },
    BAD_IDS,
  ),
];
