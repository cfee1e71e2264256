import { screen, waitFor } from "@testing-library/react";
import { CreateOfferDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { CreateOfferForm } from "./CreateOfferForm";

type User = ReturnType<typeof renderWithProviders>["user"];

async function fill(
  user: User,
  values: { name?: string; price?: string; flat?: boolean; commission?: string },
) {
  if (values.name) await user.type(screen.getByLabelText(/^Name/), values.name);
  if (values.price) await user.type(screen.getByLabelText(/^Price/), values.price);
  if (values.flat) await user.click(screen.getByText("Flat amount"));
  if (values.commission)
    await user.type(screen.getByLabelText(/^Commission \(/), values.commission);
  await user.click(screen.getByRole("button", { name: "Create offer" }));
}

const offerMock = (input: object, result: object) => ({
  request: { query: CreateOfferDocument, variables: { input } },
  result,
});

describe("CreateOfferForm", () => {
  it("requires a name, a price and a commission", async () => {
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />);
    await fill(user, {});
    expect(await screen.findByText("Enter the offer's name.")).toBeInTheDocument();
    expect(screen.getByText("Enter an amount.")).toBeInTheDocument();
    expect(screen.getByText("Enter a percentage like 10 or 12.5.")).toBeInTheDocument();
  });

  it("rejects amounts a float would mangle and percentages above 100", async () => {
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />);
    await fill(user, { name: "Masterclass", price: "19.999", commission: "100.01" });
    expect(await screen.findByText(/Enter an amount like 25, 25.5 or 25.50/)).toBeInTheDocument();
    expect(screen.getByText("A percentage commission must be from 0 to 100.")).toBeInTheDocument();
  });

  it("does not allow a flat commission above the price", async () => {
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />);
    await fill(user, { name: "Masterclass", price: "49", flat: true, commission: "49.01" });
    expect(
      await screen.findByText("A flat commission must be from 0 up to the offer's price."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Commission \(USD\)/)).toBeInTheDocument();
  });

  it("sends the amounts exactly as typed, as strings, and clears the form", async () => {
    const input = {
      name: "Masterclass",
      price: "199.99",
      commissionType: "PERCENTAGE",
      commissionValue: "12.5",
    };
    const created = {
      __typename: "Offer",
      id: "o9",
      name: "Masterclass",
      active: true,
      commissionType: "PERCENTAGE",
      commissionValue: "12.50",
      price: { __typename: "Money", amount: "199.99", currencyCode: "USD" },
    };
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />, {
      mocks: [offerMock(input, { data: { createOffer: created } })],
    });
    await fill(user, { name: " Masterclass ", price: "199.99", commission: "12.5" });
    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveValue(""));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows a BAD_USER_INPUT from the API next to its field", async () => {
    const input = {
      name: "Masterclass",
      price: "10",
      commissionType: "PERCENTAGE",
      commissionValue: "10",
    };
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />, {
      mocks: [
        offerMock(input, apiError("BAD_USER_INPUT", "Price must be at least 1.00", "input.price")),
      ],
    });
    await fill(user, { name: "Masterclass", price: "10", commission: "10" });
    expect(await screen.findByText("Price must be at least 1.00")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Price/)).toHaveAttribute("aria-invalid", "true");
  });
});
