import { screen, waitFor, within } from "@testing-library/react";
import {
  BatchableCountDocument,
  BatchableIdsDocument,
  CreatePayoutBatchDocument,
  PayoutSummaryDocument,
  SellerWithdrawalsDocument,
} from "../../../gql/graphql";
import { payoutMonthlyMock } from "../../../test/monthly-mock";
import { renderWithProviders } from "../../../test/render";
import { PayoutsPage } from "./PayoutsPage";
import { PAYOUTS_PAGE_SIZE } from "./payouts-queries";

// The monthly chart's drawing needs a laid-out page (recharts); its table is tested with it.
jest.mock("../../../components/charts/MonthlyBarChart", () => ({
  __esModule: true,
  default: () => null,
}));

const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });

function withdrawal(id: string, name: string, options: { method?: string; batch?: string } = {}) {
  return {
    __typename: "Withdrawal",
    id,
    status: "PENDING",
    amount: money("15.00"),
    paymentMethod: options.method ?? "PAYPAL",
    payoutAccount: `${id}@allyhut.test`,
    requestedAt: "2026-11-03T10:00:00.000Z",
    affiliate: { __typename: "Affiliate", id: `a-${id}`, name },
    batch: options.batch ? { __typename: "PayoutBatch", id: options.batch, status: "OPEN" } : null,
  };
}

const summary = {
  request: { query: PayoutSummaryDocument },
  result: {
    data: {
      payoutSummary: {
        __typename: "PayoutSummary",
        pendingCount: 4,
        pendingTotal: money("60.00"),
        approvedCount: 0,
        approvedTotal: money("0.00"),
        rejectedCount: 0,
        rejectedTotal: money("0.00"),
      },
    },
  },
};

function listOf(nodes: object[]) {
  return {
    request: {
      query: SellerWithdrawalsDocument,
      variables: {
        first: PAYOUTS_PAGE_SIZE,
        after: null,
        status: null,
        orderBy: { field: "REQUESTED_AT", direction: "DESC" },
      },
    },
    result: {
      data: {
        withdrawals: {
          __typename: "WithdrawalConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "c-end" },
          nodes,
        },
      },
    },
  };
}

const batchableCount = (totalCount: number) => ({
  request: { query: BatchableCountDocument, variables: { paymentMethod: "PAYPAL" } },
  result: {
    data: { withdrawals: { __typename: "WithdrawalConnection", totalCount } },
  },
  maxUsageCount: 5,
});

const idsPage = (after: string | null, ids: string[], endCursor: string | null) => ({
  request: {
    query: BatchableIdsDocument,
    variables: { paymentMethod: "PAYPAL", first: 100, after },
  },
  result: {
    data: {
      withdrawals: {
        __typename: "WithdrawalConnection",
        pageInfo: { __typename: "PageInfo", hasNextPage: endCursor !== null, endCursor },
        nodes: ids.map((id) => ({ __typename: "Withdrawal", id })),
      },
    },
  },
});

const created = (withdrawalIds: string[]) => ({
  request: { query: CreatePayoutBatchDocument, variables: { input: { withdrawalIds } } },
  result: {
    data: {
      createPayoutBatch: {
        __typename: "PayoutBatch",
        id: "7",
        itemCount: withdrawalIds.length,
      },
    },
  },
});

/** Create payout batch, then the batch's page (#7) opens. */
async function createBatch(user: ReturnType<typeof render>["user"], bar: HTMLElement) {
  await user.click(within(bar).getByRole("button", { name: "Create payout batch" }));
  await waitFor(() =>
    expect(screen.getByTestId("location")).toHaveTextContent("/seller/payout-batches/7"),
  );
}

const render = (mocks: object[]) =>
  renderWithProviders(<PayoutsPage />, {
    mocks: [...mocks, payoutMonthlyMock()] as never,
    route: "/seller/payouts",
  });

describe("Payouts: selecting requests into a payout batch", () => {
  it("shows 'In batch #N' instead of a checkbox, and creates a batch of the rows ticked", async () => {
    const { user } = render([
      summary,
      listOf([
        withdrawal("1", "Lois Lane"),
        withdrawal("2", "Clark Kent"),
        withdrawal("3", "Bruce Wayne", { batch: "5" }),
      ]),
      batchableCount(2),
      created(["1"]),
    ]);
    const table = await screen.findByRole("table", { name: "Withdrawal requests" });
    expect(within(table).getByRole("link", { name: "In batch #5" })).toHaveAttribute(
      "href",
      "/seller/payout-batches/5",
    );
    expect(within(table).queryByRole("checkbox", { name: /Bruce Wayne/ })).toBeNull();

    await user.click(within(table).getByRole("checkbox", { name: "Select $15.00 for Lois Lane" }));
    const bar = screen.getByRole("region", { name: "Selected requests" });
    expect(within(bar).getByText("1 selected")).toBeInTheDocument();
    await createBatch(user, bar);
  });

  it("explains why a batch cannot mix PayPal and bank transfer requests", async () => {
    const { user } = render([
      summary,
      listOf([
        withdrawal("1", "Lois Lane"),
        withdrawal("2", "Clark Kent", { method: "BANK_TRANSFER" }),
      ]),
    ]);
    await user.click(
      await screen.findByRole("checkbox", { name: "Select every pending request on this page" }),
    );
    const bar = screen.getByRole("region", { name: "Selected requests" });
    expect(within(bar).getByText("2 selected")).toBeInTheDocument();
    expect(within(bar).getByText(/select only PayPal or only bank transfer/)).toBeInTheDocument();
    expect(within(bar).getByRole("button", { name: "Create payout batch" })).toBeDisabled();
  });

  it("selects all N pending PayPal requests, gathering their ids page by page", async () => {
    const more = Array.from({ length: 100 }, (_, index) => String(100 + index));
    const { user } = render([
      summary,
      listOf([withdrawal("1", "Lois Lane"), withdrawal("2", "Clark Kent")]),
      batchableCount(103),
      idsPage(null, ["1", "2", ...more.slice(0, 98)], "c-100"),
      idsPage("c-100", ["198", "199", "300"], null),
      created(["1", "2", ...more, "300"]),
    ]);
    await user.click(
      await screen.findByRole("checkbox", { name: "Select every pending request on this page" }),
    );
    const bar = screen.getByRole("region", { name: "Selected requests" });
    await user.click(
      await within(bar).findByRole("button", { name: "Select all 103 pending PayPal requests" }),
    );
    expect(within(bar).getByText("All 103 pending PayPal requests selected")).toBeInTheDocument();
    await createBatch(user, bar);
  });
});
