import { screen } from "@testing-library/react";
import { makeFragmentData } from "../gql";
import { renderWithProviders } from "../test/render";
import { BalanceCards, BalanceCards_balance } from "./BalanceCards";

const money = (amount: string) => ({ __typename: "Money" as const, amount, currencyCode: "USD" });

function balance(onHold: string, nextAvailableOn: string | null, onHoldUntil: string | null) {
  return makeFragmentData(
    {
      __typename: "AffiliateBalance",
      earned: money("50.00"),
      onHold: money(onHold),
      nextAvailableOn,
      onHoldUntil,
      available: money("20.00"),
      pending: money("5.00"),
      paid: money("5.00"),
    },
    BalanceCards_balance,
  );
}

const card = (label: string) => screen.getByText(label).parentElement!;

describe("BalanceCards", () => {
  it("shows what is on hold beside what is available, and until when", () => {
    renderWithProviders(<BalanceCards balance={balance("20.00", "2026-03-16", "2026-03-31")} />);
    expect(screen.getByTestId("balance-on-hold")).toHaveTextContent("$20.00");
    expect(card("On hold")).toHaveTextContent(/Until Mar 31, 2026; the first on Mar 16, 2026/);
    expect(screen.getByTestId("balance-available")).toHaveTextContent("$20.00");
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual([
      "Available",
      "On hold",
      "Pending",
      "Paid",
      "Earned",
    ]);
  });

  it("gives one date when everything on hold leaves it the same day, and none without a hold", () => {
    const { unmount } = renderWithProviders(
      <BalanceCards balance={balance("20.00", "2026-03-31", "2026-03-31")} />,
    );
    expect(card("On hold")).toHaveTextContent(/Until Mar 31, 2026$/);
    unmount();
    renderWithProviders(<BalanceCards balance={balance("0.00", null, null)} />);
    expect(card("On hold")).toHaveTextContent("Nothing inside the refund window");
  });
});
