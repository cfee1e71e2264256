import { screen, waitFor, within } from "@testing-library/react";
import {
  BatchWithdrawalsDocument,
  ImportPayoutResultsDocument,
  PayoutBatchDetailsDocument,
  PayoutBatchFileDocument,
} from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { PayoutBatchPage } from "./PayoutBatchPage";

const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });
const REPORT = "reference,status,receipt_number,paid_on,note\nAH-W-12,PAID,TX-1,2026-11-04,\n";

const details = (status: string, itemCount: number, imports: object[] = []) => ({
  request: { query: PayoutBatchDetailsDocument, variables: { id: "7" } },
  result: {
    data: {
      payoutBatch: {
        __typename: "PayoutBatch",
        id: "7",
        status,
        paymentMethod: "PAYPAL",
        createdAt: "2026-11-04T09:00:00.000Z",
        itemCount,
        total: money("15.00"),
        createdBy: { __typename: "Actor", id: "u1", name: "Coach" },
        imports,
      },
    },
  },
});

const rows = (status: string) => ({
  request: {
    query: BatchWithdrawalsDocument,
    variables: { id: "7", first: 20, after: null },
  },
  result: {
    data: {
      payoutBatch: {
        __typename: "PayoutBatch",
        id: "7",
        withdrawals: {
          __typename: "WithdrawalConnection",
          totalCount: 1,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "c1" },
          nodes: [
            {
              __typename: "Withdrawal",
              id: "12",
              reference: "AH-W-12",
              status,
              amount: money("15.00"),
              payoutAccount: "lois@dailyplanet.test",
              receiptNumber: status === "APPROVED" ? "TX-1" : null,
              paidOn: status === "APPROVED" ? "2026-11-04" : null,
              affiliate: { __typename: "Affiliate", id: "a2", name: "Lois Lane" },
            },
          ],
        },
      },
    },
  },
});

const imported = (dryRun: boolean) => ({
  request: {
    query: ImportPayoutResultsDocument,
    variables: { input: { batchId: "7", csv: REPORT, dryRun } },
  },
  result: {
    data: {
      importPayoutResults: {
        __typename: "PayoutImport",
        id: dryRun ? "dry-run-1" : "3",
        dryRun,
        importedAt: "2026-11-05T09:00:00.000Z",
        approvedCount: 1,
        failedCount: 0,
        problemCount: 0,
        lines: [
          {
            __typename: "PayoutImportLine",
            line: 2,
            reference: "AH-W-12",
            outcome: "APPROVED",
            message: null,
            withdrawal: {
              __typename: "Withdrawal",
              id: "12",
              status: dryRun ? "PENDING" : "APPROVED",
              amount: money("15.00"),
              affiliate: { __typename: "Affiliate", id: "a2", name: "Lois Lane" },
            },
          },
        ],
      },
    },
  },
  delay: 20,
});

const pastImport = {
  __typename: "PayoutImport",
  id: "3",
  importedAt: "2026-11-05T09:00:00.000Z",
  approvedCount: 1,
  failedCount: 0,
  problemCount: 0,
};

function renderBatch(mocks: object[]) {
  const rendered = renderWithProviders(<PayoutBatchPage />, {
    mocks: mocks as never,
    route: "/seller/payout-batches/7",
    path: "/seller/payout-batches/:batchId",
  });
  const upload = (text: string) => {
    const input = rendered.container.querySelector<HTMLInputElement>('input[type="file"]')!;
    return rendered.user.upload(input, new File([text], "report.csv", { type: "text/csv" }));
  };
  return { ...rendered, upload };
}

describe("PayoutBatchPage", () => {
  afterEach(() => jest.restoreAllMocks());

  it("downloads the PayPal file as a CSV Blob named after the batch", async () => {
    const saved: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (saved.push(blob), "blob:batch-7"));
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const file = "Email,Amount,Currency,Reference\r\nlois@dailyplanet.test,15.00,USD,AH-W-12\r\n";
    const { user } = renderBatch([
      details("OPEN", 1),
      rows("PENDING"),
      {
        request: {
          query: PayoutBatchFileDocument,
          variables: { id: "7", format: "PAYPAL_PAYOUTS" },
        },
        result: { data: { payoutBatch: { __typename: "PayoutBatch", id: "7", file } } },
      },
    ]);
    expect(await screen.findByRole("heading", { name: "Batch #7" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download CSV" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Download for PayPal" }));
    await waitFor(() => expect(names).toEqual(["allyhut-batch-7-paypal.csv"]));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.type).toBe("text/csv;charset=utf-8");
    expect(await saved[0]!.text()).toBe(file);
    // The button's loader leaves with a transition: let it end inside the test.
    await waitFor(() => expect(document.querySelector(".mantine-Button-loader")).toBeNull());
  });

  it("previews the report's lines, imports on confirmation and shows the rows APPROVED", async () => {
    const { user, upload } = renderBatch([
      details("OPEN", 1),
      rows("PENDING"),
      imported(true),
      imported(false),
      details("CLOSED", 1, [pastImport]),
      rows("APPROVED"),
    ]);
    const row = await screen.findByTestId("batch-row-AH-W-12");
    expect(within(row).getByText("Pending")).toBeInTheDocument();
    expect(
      within(row).getByRole("button", { name: "Take out: $15.00 for Lois Lane" }),
    ).toBeEnabled();
    expect(screen.getByText("No report imported yet.")).toBeInTheDocument();

    await upload(REPORT);
    expect(await screen.findByText("Checked, nothing changed yet.")).toBeInTheDocument();
    const lines = screen.getByRole("table", { name: "Lines of the file" });
    expect(within(lines).getByText("Will be approved")).toBeInTheDocument();
    expect(within(lines).getByText("AH-W-12")).toBeInTheDocument();
    expect(within(lines).getByText("Lois Lane, $15.00")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Confirm import" }));
    expect(screen.getByRole("progressbar", { name: "Importing the report" })).toBeInTheDocument();
    expect(await screen.findByText("Report imported")).toBeInTheDocument();
    await waitFor(() =>
      expect(within(screen.getByTestId("batch-row-AH-W-12")).getByText("Approved")).toBeVisible(),
    );
    expect(screen.getByText("Closed")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Imported reports" })).toHaveTextContent("1");
  });
});
