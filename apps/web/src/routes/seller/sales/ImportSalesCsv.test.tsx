import { screen, within } from "@testing-library/react";
import { ImportSalesDocument } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { ImportSalesCsv } from "./ImportSalesCsv";

interface SentRow {
  line: number;
  orderId: string;
}
type Outcome = "RECORDED" | "ALREADY_RECORDED" | "UNKNOWN_REFERRAL_CODE";

const HEADER = "Transaction ID,Ref,Product,Total,Purchase Date\n";
const csvLine = (n: number, code = "RSA7K2") => `A-${n},${code},Masterclass,49.00,2026-03-01\n`;

function answer(rows: SentRow[], dryRun: boolean, outcomeOf: (row: SentRow) => Outcome) {
  const lines = rows.map((row) => {
    const outcome = outcomeOf(row);
    return {
      __typename: "SaleImportLine",
      line: row.line,
      orderId: row.orderId,
      outcome,
      field: null,
      message: outcome === "UNKNOWN_REFERRAL_CODE" ? "No affiliate has the code NOPE." : null,
      commission:
        outcome === "UNKNOWN_REFERRAL_CODE"
          ? null
          : {
              __typename: "Commission",
              id: `c${row.line}`,
              amount: { __typename: "Money", amount: "4.90", currencyCode: "USD" },
            },
    };
  });
  const count = (outcome: Outcome) => lines.filter((line) => line.outcome === outcome).length;
  return {
    data: {
      importSales: {
        __typename: "SaleImport",
        dryRun,
        recordedCount: count("RECORDED"),
        alreadyRecordedCount: count("ALREADY_RECORDED"),
        problemCount: count("UNKNOWN_REFERRAL_CODE"),
        lines,
      },
    },
  };
}

/** Answers any importSales part with this dryRun, each row's outcome from its order id. */
function importMock(dryRun: boolean, outcomeOf: (row: SentRow) => Outcome, sent: number[] = []) {
  let rows: SentRow[] = [];
  return {
    request: {
      query: ImportSalesDocument,
      variables: (variables: { input: { rows: SentRow[]; dryRun: boolean } }) => {
        if (variables.input.dryRun !== dryRun) return false;
        rows = variables.input.rows;
        sent.push(rows.length);
        return true;
      },
    },
    result: () => answer(rows, dryRun, outcomeOf),
    maxUsageCount: Number.POSITIVE_INFINITY,
    delay: 20,
  };
}

const threeSales = (row: SentRow): Outcome =>
  row.orderId === "A-1"
    ? "RECORDED"
    : row.orderId === "A-2"
      ? "ALREADY_RECORDED"
      : "UNKNOWN_REFERRAL_CODE";

function renderImport(mocks: object[] = []) {
  const rendered = renderWithProviders(<ImportSalesCsv />, { mocks: mocks as [] });
  const fileInput = () => rendered.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const upload = (text: string, size?: number) => {
    const file = new File([text], "sales.csv", { type: "text/csv" });
    if (size !== undefined) Object.defineProperty(file, "size", { value: size });
    return rendered.user.upload(fileInput(), file);
  };
  return { ...rendered, upload };
}

describe("ImportSalesCsv", () => {
  it("checks the file, previews every line's outcome, records on confirmation", async () => {
    const { user, upload } = renderImport([
      importMock(true, threeSales),
      importMock(false, threeSales),
    ]);
    await upload(HEADER + csvLine(1) + csvLine(2) + csvLine(3, "NOPE"));

    expect(
      await screen.findByText(/Columns read: order id from “Transaction ID”/),
    ).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Lines of the file" });
    const rows = within(table).getAllByRole("row").slice(1);
    // The problem comes first.
    expect(rows[0]).toHaveTextContent("4Unknown referral codeA-3—No affiliate has the code NOPE.");
    expect(rows[1]).toHaveTextContent("2NewA-1$4.90");
    expect(rows[2]).toHaveTextContent("3Already recordedA-2$4.90");

    await user.click(screen.getByRole("button", { name: "Record 1 new sale" }));
    expect(await screen.findByRole("status", { name: "Import finished" })).toHaveTextContent(
      "Recorded 1 sale. 1 sale was recorded before; 1 line could not be recorded (see below).",
    );
    expect(screen.getByText("Recorded", { selector: ".mantine-Badge-label" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import another file" })).toBeInTheDocument();
  });

  it("sends a big file in parts of 250 lines, with a progress bar, first as a dry run", async () => {
    const sent: number[] = [];
    const { upload } = renderImport([importMock(true, () => "RECORDED", sent)]);
    const lines = Array.from({ length: 600 }, (_, index) => csvLine(index + 1)).join("");
    await upload(HEADER + lines);
    expect(
      await screen.findByRole("progressbar", { name: "Checking the file" }),
    ).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Record 600 new sales" })).toBeEnabled();
    expect(sent).toEqual([250, 250, 100]);
  });

  it("refuses a file over 5 MB before sending anything", async () => {
    const { upload } = renderImport();
    await upload(HEADER + csvLine(1), 5 * 1024 * 1024 + 1);
    expect(await screen.findByText(/a sales file can be at most 5 MB/)).toBeInTheDocument();
  });

  it("names the columns it cannot find", async () => {
    const { upload } = renderImport();
    await upload("Order ID,Email,Total\nA-1,a@b.c,49\n");
    expect(await screen.findByText(/^Missing columns: referral code, offer\./)).toBeInTheDocument();
  });

  it("offers to try again when a part fails, saying nothing was saved", async () => {
    const { user, upload } = renderImport([
      {
        request: { query: ImportSalesDocument, variables: () => true },
        error: new Error("Failed to fetch"),
      },
      importMock(true, threeSales),
    ]);
    await upload(HEADER + csvLine(1));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /could not be checked.*Nothing was saved/,
    );
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Record 1 new sale" })).toBeInTheDocument();
  });
});
