import { fireEvent, screen } from "@testing-library/react";
import { AffiliatePickerDocument, RecordSaleDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { RecordSaleForm } from "./RecordSaleForm";

const TODAY = "2026-03-10";
const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });
const offers = [
  { id: "o1", name: "Masterclass", price: { amount: "49.00", currencyCode: "USD" } },
  { id: "o2", name: "Coaching call", price: { amount: "99.00", currencyCode: "USD" } },
];

const clark = {
  __typename: "Affiliate",
  id: "a1",
  name: "Clark Kent",
  email: "clark@allyhut.test",
  referralCode: "RSA7K2",
  status: "ACTIVE",
  offers: [{ __typename: "OfferPromotion", offer: { __typename: "Offer", id: "o1" } }],
};

const pickerMock = (search: string | null) => ({
  request: { query: AffiliatePickerDocument, variables: { search } },
  result: { data: { affiliates: { __typename: "AffiliateConnection", nodes: [clark] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const saleInput = (overrides: object = {}) => ({
  offerId: "o1",
  referralCode: "RSA7K2",
  orderId: "ORD-1",
  saleAmount: "49.00",
  occurredAt: null,
  ...overrides,
});

const recordMock = (input: object, result: object) => ({
  request: { query: RecordSaleDocument, variables: { input } },
  result,
});

const recorded = {
  data: {
    recordSale: {
      __typename: "Commission",
      id: "c1",
      orderId: "ORD-1",
      reversed: false,
      offer: { __typename: "Offer", id: "o1", name: "Masterclass" },
      saleAmount: money("49.00"),
      amount: money("4.90"),
    },
  },
};

function renderForm(mocks: object[] = []) {
  return renderWithProviders(<RecordSaleForm offers={offers} currencyCode="USD" today={TODAY} />, {
    mocks: [pickerMock(null), pickerMock("Clark"), ...(mocks as [])],
  });
}

type User = ReturnType<typeof renderForm>["user"];

async function pick(user: User, label: string, option: RegExp) {
  await user.click(screen.getByRole("combobox", { name: label }));
  await user.click(await screen.findByRole("option", { name: option }));
}

async function fillSale(user: User, offer = /^Masterclass/) {
  await pick(user, "Offer", offer);
  await user.type(screen.getByRole("combobox", { name: "Affiliate" }), "Clark");
  await user.click(await screen.findByRole("option", { name: /Clark Kent/ }));
  await user.type(screen.getByLabelText(/^Order id/), "ORD-1");
}

describe("RecordSaleForm", () => {
  it("starts the amount at the offer's price and the date at today", async () => {
    const { user } = renderForm();
    expect(screen.getByLabelText(/^Sale date/)).toHaveValue(TODAY);
    await pick(user, "Offer", /^Masterclass/);
    expect(screen.getByLabelText(/^Sale amount \(USD\)/)).toHaveValue("49.00");
    await pick(user, "Offer", /^Coaching call/);
    expect(screen.getByLabelText(/^Sale amount \(USD\)/)).toHaveValue("99.00");
  });

  it("shows each affiliate's email and referral code in the picker", async () => {
    const { user } = renderForm();
    await user.type(screen.getByRole("combobox", { name: "Affiliate" }), "Clark");
    expect(await screen.findByRole("option", { name: /Clark Kent/ })).toHaveTextContent(
      "clark@allyhut.test · code RSA7K2",
    );
  });

  it("records the sale and says what the affiliate earns, in words", async () => {
    const { user } = renderForm([recordMock(saleInput(), recorded)]);
    await fillSale(user);
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(await screen.findByRole("status", { name: "Sale recorded" })).toHaveTextContent(
      "Order ORD-1 is recorded: Clark Kent earns a $4.90 commission on this $49.00 sale of Masterclass.",
    );
    expect(screen.getByLabelText(/^Order id/)).toHaveValue("");
  });

  it("sends an earlier date as midnight UTC and refuses a future one", async () => {
    const { user } = renderForm([
      recordMock(saleInput({ occurredAt: "2026-03-01T00:00:00.000Z" }), recorded),
    ]);
    await fillSale(user);
    fireEvent.change(screen.getByLabelText(/^Sale date/), { target: { value: "2026-03-11" } });
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(await screen.findByText("The sale date cannot be in the future.")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Sale date/), { target: { value: "2026-03-01" } });
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(await screen.findByRole("status", { name: "Sale recorded" })).toHaveTextContent(
      "Order ORD-1 is recorded",
    );
  });

  it("explains a conflicting order id", async () => {
    const { user } = renderForm([
      recordMock(saleInput(), apiError("CONFLICT", "Order ORD-1 was recorded with other details")),
    ]);
    await fillSale(user);
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Order ORD-1 is already recorded with another affiliate, offer, amount or date, so nothing was saved.",
    );
  });

  it("explains a switched-off affiliate", async () => {
    const { user } = renderForm([
      recordMock(saleInput(), apiError("AFFILIATE_DISABLED", "The affiliate is disabled")),
    ]);
    await fillSale(user);
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Clark Kent is switched off in your program, so they cannot earn commissions",
    );
  });

  it("warns when the affiliate does not promote the offer, and shows the API's refusal", async () => {
    const input = saleInput({ offerId: "o2", saleAmount: "99.00" });
    const { user } = renderForm([
      recordMock(
        input,
        apiError("BAD_USER_INPUT", "This affiliate does not promote this offer.", "offerId"),
      ),
    ]);
    await fillSale(user, /^Coaching call/);
    expect(
      screen.getByText(/Clark Kent does not promote Coaching call: a sale is credited only/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(
      await screen.findByText("This affiliate does not promote this offer."),
    ).toBeInTheDocument();
  });

  it("requires an offer, an affiliate, an order id and an amount", async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole("button", { name: "Record sale" }));
    expect(await screen.findByText("Pick the offer sold.")).toBeInTheDocument();
    expect(screen.getByText("Pick the affiliate who referred the buyer.")).toBeInTheDocument();
    expect(screen.getByText("The order id must be 1 to 100 characters long.")).toBeInTheDocument();
    expect(screen.getByText("Enter an amount.")).toBeInTheDocument();
    expect(screen.queryByRole("status", { name: "Sale recorded" })).not.toBeInTheDocument();
  });
});
