import { screen } from "@testing-library/react";
import { PayoutSummaryDocument } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { PayoutSummaryCards } from "./PayoutSummaryCards";

const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });

describe("PayoutSummaryCards", () => {
  it("shows money on every card, the count underneath", async () => {
    const mocks = [
      {
        request: { query: PayoutSummaryDocument },
        result: {
          data: {
            payoutSummary: {
              __typename: "PayoutSummary",
              pendingCount: 2,
              pendingTotal: money("5.00"),
              approvedCount: 1,
              approvedTotal: money("3.00"),
              rejectedCount: 3,
              rejectedTotal: money("12.50"),
            },
          },
        },
      },
    ];
    renderWithProviders(<PayoutSummaryCards />, { mocks });
    const rejectedTotal = await screen.findByText("$12.50");
    expect(rejectedTotal.closest("dd")).toHaveTextContent("$12.503 requests");
    expect(rejectedTotal.closest(".mantine-Paper-root")).toHaveTextContent(/^Rejected/);
    expect(screen.getByText("$5.00")).toBeInTheDocument();
    expect(screen.getByText("2 requests to process")).toBeInTheDocument();
  });
});
