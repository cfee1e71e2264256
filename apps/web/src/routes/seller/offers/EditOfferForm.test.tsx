import { screen, waitFor, within } from "@testing-library/react";
import { UpdateOfferDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { OffersTable } from "./OffersTable";

const offer = {
  __typename: "Offer" as const,
  id: "o1",
  name: "Masterclass",
  active: true,
  commissionType: "PERCENTAGE",
  commissionValue: "10.00",
  url: "https://coach.example/masterclass",
  holdDays: 14,
  price: { __typename: "Money" as const, amount: "49.00", currencyCode: "USD" },
};

const updateMock = (input: object, result: object) => ({
  request: { query: UpdateOfferDocument, variables: { input } },
  result,
});

async function openEditForm() {
  const rendered = renderWithProviders(<OffersTable offers={[offer]} />, {
    mocks: [
      updateMock(
        {
          offerId: "o1",
          name: "Masterclass",
          price: "49.00",
          commissionType: "PERCENTAGE",
          commissionValue: "15",
          url: "",
          holdDays: 30,
          active: false,
        },
        {
          data: {
            updateOffer: {
              ...offer,
              commissionValue: "15.00",
              url: null,
              holdDays: 30,
              active: false,
            },
          },
        },
      ),
      updateMock(
        {
          offerId: "o1",
          name: "Masterclass",
          price: "1.00",
          commissionType: "PERCENTAGE",
          commissionValue: "10.00",
          url: "https://coach.example/masterclass",
          holdDays: 14,
          active: true,
        },
        apiError("BAD_USER_INPUT", "Price must be at least 2.00", "input.price"),
      ),
    ],
  });
  await rendered.user.click(screen.getByRole("button", { name: "Edit Masterclass" }));
  const dialog = await screen.findByRole("dialog", { name: "Edit “Masterclass”" });
  return { ...rendered, dialog };
}

describe("EditOfferForm (Edit on the Offers table)", () => {
  it("opens with the offer's values and says when a new commission applies", async () => {
    const { dialog } = await openEditForm();
    const form = within(dialog);
    expect(form.getByLabelText(/^Name/)).toHaveValue("Masterclass");
    expect(form.getByLabelText(/^Price \(USD\)/)).toHaveValue("49.00");
    expect(form.getByLabelText("Commission type")).toHaveTextContent("Percentage");
    expect(form.getByLabelText(/^Commission \(%\)/)).toHaveValue("10.00");
    expect(form.getByLabelText(/^Sales page/)).toHaveValue("https://coach.example/masterclass");
    expect(form.getByLabelText(/^Hold period \(days\)/)).toHaveValue("14");
    expect(form.getByRole("switch", { name: "Active" })).toBeChecked();
    expect(
      form.getByText(/A changed commission or hold period applies to sales recorded from now on/),
    ).toBeInTheDocument();
  });

  it("judges with the create form's rules", async () => {
    const { user, dialog } = await openEditForm();
    const form = within(dialog);
    await user.clear(form.getByLabelText(/^Commission \(%\)/));
    await user.type(form.getByLabelText(/^Commission \(%\)/), "101");
    await user.clear(form.getByLabelText(/^Sales page/));
    await user.type(form.getByLabelText(/^Sales page/), "coach.example");
    await user.type(form.getByLabelText(/^Hold period/), "0");
    await user.click(form.getByRole("button", { name: "Save changes" }));
    expect(
      await form.findByText("A percentage commission must be from 0 to 100."),
    ).toBeInTheDocument();
    expect(form.getByText(/Enter the sales page's full address/)).toBeInTheDocument();
    // 14 then 0 typed: 140 days is fine; 1400 is not.
    await user.type(form.getByLabelText(/^Hold period/), "0");
    await user.click(form.getByRole("button", { name: "Save changes" }));
    expect(
      await form.findByText("The hold period must be a whole number of days from 0 to 365."),
    ).toBeInTheDocument();
  });

  it("saves every field through updateOffer, an emptied sales page as '' (removed)", async () => {
    const { user, dialog } = await openEditForm();
    const form = within(dialog);
    await user.clear(form.getByLabelText(/^Commission \(%\)/));
    await user.type(form.getByLabelText(/^Commission \(%\)/), "15");
    await user.clear(form.getByLabelText(/^Sales page/));
    await user.clear(form.getByLabelText(/^Hold period/));
    await user.type(form.getByLabelText(/^Hold period/), "30");
    await user.click(form.getByRole("switch", { name: "Active" }));
    await user.click(form.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("shows the API's refusal next to its field and stays open", async () => {
    const { user, dialog } = await openEditForm();
    const form = within(dialog);
    await user.clear(form.getByLabelText(/^Price/));
    await user.type(form.getByLabelText(/^Price/), "1.00");
    await user.click(form.getByRole("button", { name: "Save changes" }));
    expect(await form.findByText("Price must be at least 2.00")).toBeInTheDocument();
    expect(form.getByLabelText(/^Price/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });
});
