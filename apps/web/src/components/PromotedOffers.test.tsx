import { screen, within } from "@testing-library/react";
import { makeFragmentData } from "../gql";
import { renderWithProviders } from "../test/render";
import { PromotedOffers, PromotedOffers_promotion } from "./PromotedOffers";

const money = (amount: string) => ({ __typename: "Money" as const, amount, currencyCode: "USD" });

function promotion(id: string, name: string, referralLink: string | null) {
  return makeFragmentData(
    {
      __typename: "OfferPromotion",
      promotedSince: "2026-01-05T10:00:00.000Z",
      salesCount: 2,
      referralLink,
      commissionTotal: money("9.80"),
      offer: {
        __typename: "Offer",
        id,
        name,
        commissionType: "PERCENTAGE",
        commissionValue: "10.00",
        price: money("49.00"),
      },
    },
    PromotedOffers_promotion,
  );
}

const promotions = [
  promotion("o1", "Masterclass", "https://coach.example/masterclass?ref=RSA7K2"),
  promotion("o2", "Coaching call", null),
];

describe("PromotedOffers on the affiliate's own center", () => {
  it("gives each offer with a sales page its referral link, to copy, and says how it credits", async () => {
    const { user } = renderWithProviders(
      <PromotedOffers promotions={promotions} referralCode="RSA7K2" />,
    );
    const card = within(screen.getByRole("article", { name: "Masterclass" }));
    expect(card.getByLabelText("Referral link")).toHaveValue(
      "https://coach.example/masterclass?ref=RSA7K2",
    );
    expect(
      card.getByText(/When someone buys through it, the seller's checkout passes/),
    ).toHaveTextContent(
      "your code RSA7K2 on with the sale and the sale is credited to you; you see it under Commissions.",
    );
    await user.click(card.getByRole("button", { name: "Copy referral link for Masterclass" }));
    expect(
      card.getByRole("button", { name: "Copied referral link for Masterclass" }),
    ).toHaveTextContent("Copied");
    expect(await navigator.clipboard.readText()).toBe(
      "https://coach.example/masterclass?ref=RSA7K2",
    );
  });

  it("says when the seller has set no sales page and offers the bare code to quote", async () => {
    const { user } = renderWithProviders(
      <PromotedOffers promotions={promotions} referralCode="RSA7K2" />,
    );
    const card = within(screen.getByRole("article", { name: "Coaching call" }));
    expect(card.queryByLabelText("Referral link")).not.toBeInTheDocument();
    expect(
      card.getByText(/The seller has not set a sales page for this offer yet/),
    ).toBeInTheDocument();
    expect(card.getByText("RSA7K2")).toBeInTheDocument();
    await user.click(card.getByRole("button", { name: "Copy referral code for Coaching call" }));
    expect(await navigator.clipboard.readText()).toBe("RSA7K2");
  });

  it("stays a table of figures, without links, on the seller's overview", () => {
    renderWithProviders(<PromotedOffers promotions={promotions} />);
    expect(screen.getByRole("table", { name: "Offers promoted" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Referral link")).not.toBeInTheDocument();
  });
});
