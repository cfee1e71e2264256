import { screen, waitFor } from "@testing-library/react";
import { RequestWithdrawalDocument } from "../../gql/graphql";
import { apiError, renderWithProviders } from "../../test/render";
import { RequestWithdrawalForm } from "./RequestWithdrawalForm";

const available = { amount: "12.30", currencyCode: "USD" };
const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });

function requestMock(amount: string, result: object, onRequest?: (variables: object) => void) {
  return {
    request: {
      query: RequestWithdrawalDocument,
      variables: (variables: {
        input: { affiliateId: string; amount: string; idempotencyKey?: string | null };
      }) => {
        onRequest?.(variables);
        const { input } = variables;
        return (
          input.affiliateId === "a1" && input.amount === amount && Boolean(input.idempotencyKey)
        );
      },
    },
    result,
  };
}

const accepted = (amount: string) => ({
  data: {
    requestWithdrawal: {
      __typename: "Withdrawal",
      id: "w9",
      status: "PENDING",
      amount: money(amount),
      affiliate: {
        __typename: "Affiliate",
        id: "a1",
        pendingWithdrawalCount: 3,
        balance: {
          __typename: "AffiliateBalance",
          earned: money("17.30"),
          available: money("0.00"),
          pending: money("17.30"),
          paid: money("0.00"),
        },
      },
    },
  },
});

describe("RequestWithdrawalForm", () => {
  it("refuses more than the available balance, to the cent, without calling the API", async () => {
    const sent = jest.fn();
    const { user } = renderWithProviders(
      <RequestWithdrawalForm affiliateId="a1" available={available} />,
      { mocks: [requestMock("12.31", accepted("12.31"), sent)] },
    );
    expect(screen.getByLabelText(/^Amount/)).toHaveAccessibleDescription(/Available: \$12\.30/);
    await user.type(screen.getByLabelText(/^Amount/), "12.31");
    await user.click(screen.getByRole("button", { name: "Request withdrawal" }));
    expect(
      await screen.findByText("That is more than your available balance of $12.30"),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  it("rejects malformed amounts", async () => {
    const { user } = renderWithProviders(
      <RequestWithdrawalForm affiliateId="a1" available={available} />,
    );
    await user.type(screen.getByLabelText(/^Amount/), "1.005");
    await user.click(screen.getByRole("button", { name: "Request withdrawal" }));
    expect(await screen.findByText(/no sign, at most two decimals/)).toBeInTheDocument();
  });

  it("requests exactly the available balance with a retry-safe key", async () => {
    const sent = jest.fn();
    const { user } = renderWithProviders(
      <RequestWithdrawalForm affiliateId="a1" available={available} />,
      { mocks: [requestMock("12.30", accepted("12.30"), sent)] },
    );
    await user.type(screen.getByLabelText(/^Amount/), "12.30");
    await user.click(screen.getByRole("button", { name: "Request withdrawal" }));
    await waitFor(() => expect(screen.getByLabelText(/^Amount/)).toHaveValue(""));
    expect(sent).toHaveBeenCalledWith({
      input: {
        affiliateId: "a1",
        amount: "12.30",
        idempotencyKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    });
  });

  it("explains INSUFFICIENT_FUNDS from the server next to the amount", async () => {
    const { user } = renderWithProviders(
      <RequestWithdrawalForm affiliateId="a1" available={available} />,
      { mocks: [requestMock("5", apiError("INSUFFICIENT_FUNDS", "Not enough available"))] },
    );
    await user.type(screen.getByLabelText(/^Amount/), "5");
    await user.click(screen.getByRole("button", { name: "Request withdrawal" }));
    expect(
      await screen.findByText(/more than your available balance right now/),
    ).toBeInTheDocument();
  });

  it("says there is nothing to withdraw when the balance is not positive", () => {
    renderWithProviders(
      <RequestWithdrawalForm
        affiliateId="a1"
        available={{ amount: "-1.05", currencyCode: "USD" }}
      />,
    );
    expect(screen.getByText(/Nothing to withdraw right now/)).toHaveTextContent("-$1.05");
    expect(screen.queryByRole("button", { name: "Request withdrawal" })).not.toBeInTheDocument();
  });
});
