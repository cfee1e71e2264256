import { SaleImportOutcome } from "@allyhut/schema";
import type { ImportOutcomeStyle } from "../../../components/import/import-types";
import { graphql } from "../../../gql";
import type { ImportSalesMutation as ImportSalesAnswer } from "../../../gql/graphql";

export const ImportSalesMutation = graphql(`
  mutation ImportSales($input: ImportSalesInput!) {
    importSales(input: $input) {
      dryRun
      recordedCount
      alreadyRecordedCount
      problemCount
      lines {
        line
        orderId
        outcome
        field
        message
        commission {
          id
          amount {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

export type SaleImport = ImportSalesAnswer["importSales"];
export type SaleImportLine = SaleImport["lines"][number];

/**
 * The server takes at most 500 lines a call (SALE_IMPORT_MAX_ROWS); 250, and about 80 kB, keep
 * each call well inside its 100 kB body limit.
 */
export const SALE_IMPORT_PART_LIMITS = { maxRows: 250, maxBytes: 80_000 };

const problem = (label: string): ImportOutcomeStyle => ({ label, tone: "red", problem: true });

/** Each outcome's badge in words; a preview's RECORDED is "New", a saved one's "Recorded". */
export function saleOutcomeStyles(dryRun: boolean): Record<SaleImportOutcome, ImportOutcomeStyle> {
  return {
    [SaleImportOutcome.RECORDED]: {
      label: dryRun ? "New" : "Recorded",
      tone: "green",
      problem: false,
    },
    [SaleImportOutcome.ALREADY_RECORDED]: {
      label: "Already recorded",
      tone: "gray",
      problem: false,
    },
    [SaleImportOutcome.CONFLICT]: problem("Conflict"),
    [SaleImportOutcome.UNKNOWN_REFERRAL_CODE]: problem("Unknown referral code"),
    [SaleImportOutcome.UNKNOWN_OFFER]: problem("Unknown offer"),
    [SaleImportOutcome.NOT_CREDITED]: { label: "Not credited", tone: "yellow", problem: true },
    [SaleImportOutcome.INVALID]: problem("Can't read"),
  };
}

/** The answers of every part as one. */
export function mergeSaleImports(answers: SaleImport[], dryRun: boolean): SaleImport {
  return {
    __typename: "SaleImport",
    dryRun,
    recordedCount: sum(answers.map((answer) => answer.recordedCount)),
    alreadyRecordedCount: sum(answers.map((answer) => answer.alreadyRecordedCount)),
    problemCount: sum(answers.map((answer) => answer.problemCount)),
    lines: answers.flatMap((answer) => answer.lines),
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
