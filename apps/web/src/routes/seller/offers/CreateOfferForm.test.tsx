import { screen, waitFor } from "@testing-library/react";
import { CreateOfferDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { CreateOfferForm } from "./CreateOfferForm";

type User = ReturnType<typeof renderWithProviders>["user"];

async function fill(
  user: User,
  values: {
    name?: string;
    price?: string;
    flat?: boolean;
    commission?: string;
    url?: string;
    holdDays?: string;
  },
) {
  if (values.name) await user.type(screen.getByLabelText(/^Name/), values.name);
  if (values.price) await user.type(screen.getByLabelText(/^Price/), values.price);
  if (values.flat) await user.click(screen.getByText("Flat amount"));
  if (values.commission)
    await user.type(screen.getByLabelText(/^Commission \(/), values.commission);
  if (values.url) await user.type(screen.getByLabelText(/^Sales page/), values.url);
  if (values.holdDays) {
    await user.clear(screen.getByLabelText(/^Hold period/));
    await user.type(screen.getByLabelText(/^Hold period/), values.holdDays);
  }
  await user.click(screen.getByRole("button", { name: "Create offer" }));
}

/** The created offer the API answers: a percentage Masterclass unless told otherwise. */
const createdOffer = (fields: {
  commissionValue: string;
  price: string;
  url?: string;
  holdDays?: number;
}) => ({
  __typename: "Offer",
  id: "o9",
  name: "Masterclass",
  active: true,
  commissionType: "PERCENTAGE",
  url: null,
  holdDays: 0,
  ...fields,
  price: { __typename: "Money", amount: fields.price, currencyCode: "USD" },
});

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
    const created = createdOffer({ commissionValue: "12.50", price: "199.99" });
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

  it("checks the sales page with the API's rule and sends it trimmed", async () => {
    const input = {
      name: "Masterclass",
      price: "49",
      commissionType: "PERCENTAGE",
      commissionValue: "10",
      url: "https://coach.example/masterclass",
    };
    const created = createdOffer({ commissionValue: "10.00", price: "49.00", url: input.url });
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />, {
      mocks: [offerMock(input, { data: { createOffer: created } })],
    });
    await fill(user, {
      name: "Masterclass",
      price: "49",
      commission: "10",
      url: "http://coach.example/masterclass",
    });
    expect(
      await screen.findByText("The sales page address must start with https://."),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Sales page/));
    await user.type(screen.getByLabelText(/^Sales page/), " https://coach.example/masterclass ");
    await user.click(screen.getByRole("button", { name: "Create offer" }));
    await waitFor(() => expect(screen.getByLabelText(/^Sales page/)).toHaveValue(""));
  });

  it("shows the API's refusal of the sales page next to it", async () => {
    const input = {
      name: "Masterclass",
      price: "49",
      commissionType: "PERCENTAGE",
      commissionValue: "10",
      url: "https://coach.example/x",
    };
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />, {
      mocks: [offerMock(input, apiError("BAD_USER_INPUT", "Not that page.", "url"))],
    });
    await fill(user, {
      name: "Masterclass",
      price: "49",
      commission: "10",
      url: "https://coach.example/x",
    });
    expect(await screen.findByText("Not that page.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Sales page/)).toHaveAttribute("aria-invalid", "true");
  });

  it("takes a hold period of 0–365 whole days, explains it, and sends it as a number", async () => {
    const input = {
      name: "Masterclass",
      price: "49",
      commissionType: "PERCENTAGE",
      commissionValue: "10",
      holdDays: 30,
    };
    const created = createdOffer({ commissionValue: "10.00", price: "49.00", holdDays: 30 });
    const { user } = renderWithProviders(<CreateOfferForm currencyCode="USD" />, {
      mocks: [offerMock(input, { data: { createOffer: created } })],
    });
    expect(screen.getByLabelText(/^Hold period \(days\)/)).toHaveAccessibleDescription(
      /refund window, 365 days at most/,
    );
    const problem = "The hold period must be a whole number of days from 0 to 365.";
    for (const typed of ["366", "-1", "1.5"]) {
      await fill(user, { name: "Masterclass", price: "49", commission: "10", holdDays: typed });
      expect(await screen.findByText(problem)).toBeInTheDocument();
      for (const field of [/^Name/, /^Price/, /^Commission \(/]) {
        await user.clear(screen.getByLabelText(field));
      }
    }
    await fill(user, { name: "Masterclass", price: "49", commission: "10", holdDays: "30" });
    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveValue(""));
    expect(screen.getByLabelText(/^Hold period/)).toHaveValue("0");
  });
});
