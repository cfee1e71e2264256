import { screen, waitFor, within } from "@testing-library/react";
import { AffiliateCommissionsDocument, ReverseSaleDocument } from "../gql/graphql";
import { apiError, renderWithProviders } from "../test/render";
import { CommissionsList } from "./CommissionsList";

const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });

function commission(id: string, orderId: string, reversed: boolean) {
  return {
    __typename: "Commission",
    id,
    orderId,
    occurredAt: "2026-02-01T10:00:00.000Z",
    availableOn: "2026-03-03",
    reversed,
    offer: { __typename: "Offer", id: "o1", name: "Masterclass" },
    saleAmount: money("49.00"),
    amount: money("4.90"),
  };
}

const commissionsMock = (nodes: object[]) => ({
  request: {
    query: AffiliateCommissionsDocument,
    variables: { affiliateId: "a1", first: 10, after: null },
  },
  result: {
    data: {
      affiliate: {
        __typename: "Affiliate",
        id: "a1",
        commissions: {
          __typename: "CommissionConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  },
});

const reverseMock = (result: object) => ({
  request: { query: ReverseSaleDocument, variables: { orderId: "ORD-1" } },
  result,
});

const reversed = { data: { reverseSale: { __typename: "Commission", id: "c1", reversed: true } } };

describe("CommissionsList", () => {
  it("refunds a commission after one confirmation, then shows it Reversed", async () => {
    const { user } = renderWithProviders(<CommissionsList affiliateId="a1" refundable />, {
      mocks: [
        commissionsMock([commission("c1", "ORD-1", false), commission("c2", "ORD-2", true)]),
        reverseMock(reversed),
        commissionsMock([commission("c1", "ORD-1", true), commission("c2", "ORD-2", true)]),
      ],
    });
    const table = await screen.findByRole("table", { name: "Commissions" });
    // ORD-2 is reversed already: nothing to refund there.
    expect(within(table).getAllByRole("button", { name: /^Refund order/ })).toHaveLength(1);

    await user.click(within(table).getByRole("button", { name: "Refund order ORD-1" }));
    const dialog = await screen.findByRole("dialog", { name: "Refund order ORD-1?" });
    expect(dialog).toHaveTextContent("The affiliate's $4.90 commission is taken back");
    await user.click(within(dialog).getByRole("button", { name: "Refund order" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() =>
      expect(within(table).queryByRole("button", { name: /^Refund order/ })).toBeNull(),
    );
    expect(within(table).getAllByText("Reversed")).toHaveLength(2);
  });

  it("changes nothing when the seller cancels", async () => {
    const { user } = renderWithProviders(<CommissionsList affiliateId="a1" refundable />, {
      mocks: [commissionsMock([commission("c1", "ORD-1", false)])],
    });
    await user.click(await screen.findByRole("button", { name: "Refund order ORD-1" }));
    const dialog = await screen.findByRole("dialog", { name: "Refund order ORD-1?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Refund order ORD-1" })).toBeInTheDocument();
  });

  it("says why in the dialog when the refund fails", async () => {
    const { user } = renderWithProviders(<CommissionsList affiliateId="a1" refundable />, {
      mocks: [
        commissionsMock([commission("c1", "ORD-1", false)]),
        reverseMock(apiError("NOT_FOUND", "Order not found")),
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Refund order ORD-1" }));
    const dialog = await screen.findByRole("dialog", { name: "Refund order ORD-1?" });
    await user.click(within(dialog).getByRole("button", { name: "Refund order" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "This record no longer exists or is not yours to see.",
    );
  });

  it("offers no refund on the affiliate's own center", async () => {
    renderWithProviders(<CommissionsList affiliateId="a1" />, {
      mocks: [commissionsMock([commission("c1", "ORD-1", false)])],
    });
    await screen.findByRole("table", { name: "Commissions" });
    expect(screen.queryByRole("button", { name: /Refund/ })).not.toBeInTheDocument();
  });

  it("shows the day each commission leaves its hold, the same in every time zone", async () => {
    renderWithProviders(<CommissionsList affiliateId="a1" />, {
      mocks: [commissionsMock([commission("c1", "ORD-1", false)])],
    });
    const table = await screen.findByRole("table", { name: "Commissions" });
    expect(within(table).getByRole("columnheader", { name: "Available on" })).toBeInTheDocument();
    expect(within(table).getByText(/Mar 3, 2026|3 Mar 2026/)).toBeInTheDocument();
  });
});
