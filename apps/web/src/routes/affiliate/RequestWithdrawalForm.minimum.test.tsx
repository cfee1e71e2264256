import { screen } from "@testing-library/react";
import { RequestWithdrawalDocument } from "../../gql/graphql";
import { apiError, renderWithProviders } from "../../test/render";
import { RequestWithdrawalForm } from "./RequestWithdrawalForm";

const usd = (amount: string) => ({ amount, currencyCode: "USD" });

function renderForm(available: string, minimum: string, mocks = [] as object[]) {
  return renderWithProviders(
    <RequestWithdrawalForm
      affiliateId="a1"
      available={usd(available)}
      minimumPayout={usd(minimum)}
    />,
    { mocks: mocks as never },
  );
}

describe("RequestWithdrawalForm and the seller's minimum payout", () => {
  it("shows the minimum and refuses less in the API's words, without calling it", async () => {
    const sent = jest.fn(() => true);
    const { user } = renderForm("40.00", "25.00", [
      { request: { query: RequestWithdrawalDocument, variables: sent }, result: { data: null } },
    ]);
    expect(screen.getByText("Minimum payout: $25.00")).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Amount/), "24.99");
    await user.click(screen.getByRole("button", { name: "Request withdrawal" }));
    expect(await screen.findByText("The minimum payout is $25.00.")).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  it("disables the button and says why while the available balance is below the minimum", () => {
    renderForm("12.30", "25.00");
    const button = screen.getByRole("button", { name: "Request withdrawal" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      "You can request a withdrawal once your available balance ($12.30) reaches the minimum payout of $25.00.",
    );
  });

  it("enables the button at exactly the minimum; 0.00 is no minimum and is not shown", () => {
    const { unmount } = renderForm("25.00", "25.00");
    expect(screen.getByRole("button", { name: "Request withdrawal" })).toBeEnabled();
    unmount();
    renderForm("0.01", "0.00");
    expect(screen.queryByText(/Minimum payout/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Request withdrawal" })).toBeEnabled();
  });

  it("shows the server's refusal on the amount (a minimum raised meanwhile) next to it", async () => {
    const { user } = renderForm("40.00", "25.00", [
      {
        request: { query: RequestWithdrawalDocument, variables: () => true },
        result: apiError("BAD_USER_INPUT", "The minimum payout is $30.00.", "amount"),
      },
    ]);
    await user.type(screen.getByLabelText(/^Amount/), "25");
    await user.click(screen.getByRole("button", { name: "Request withdrawal" }));
    expect(await screen.findByText("The minimum payout is $30.00.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Amount/)).toHaveAccessibleDescription(/minimum payout is \$30/);
  });

  it("still names the minimum when there is nothing to withdraw", () => {
    renderForm("0.00", "25.00");
    expect(screen.getByText("Minimum payout: $25.00")).toBeInTheDocument();
    expect(screen.getByText(/Nothing to withdraw right now/)).toBeInTheDocument();
  });
});
