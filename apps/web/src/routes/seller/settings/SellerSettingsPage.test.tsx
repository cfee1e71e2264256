import { screen, waitFor } from "@testing-library/react";
import { SellerSettingsDocument, UpdateSellerSettingsDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { SellerSettingsPage } from "./SellerSettingsPage";

const seller = (name: string, minimum: string) => ({
  __typename: "Seller" as const,
  id: "s1",
  name,
  currencyCode: "USD",
  minimumPayout: { __typename: "Money" as const, amount: minimum, currencyCode: "USD" },
});

const settingsMock = {
  request: { query: SellerSettingsDocument },
  result: {
    data: { me: { __typename: "User", id: "u1", seller: seller("Coach Academy", "0.00") } },
  },
};

const updateMock = (input: object, result: object, onRequest = jest.fn()) => ({
  request: {
    query: UpdateSellerSettingsDocument,
    variables: (variables: { input: object }) => {
      onRequest(variables.input);
      return JSON.stringify(variables.input) === JSON.stringify(input);
    },
  },
  result,
});

async function renderPage(mocks: object[] = []) {
  const rendered = renderWithProviders(<SellerSettingsPage />, {
    mocks: [settingsMock, ...mocks] as never,
  });
  await screen.findByRole("form", { name: "Seller settings" });
  return rendered;
}

const nameField = () => screen.getByLabelText(/^Business name/);
const minimumField = () => screen.getByLabelText(/^Minimum payout \(USD\)/);
const save = () => screen.getByRole("button", { name: "Save settings" });

describe("SellerSettingsPage", () => {
  it("shows the seller's name and minimum payout (0.00: none), nothing to save yet", async () => {
    await renderPage();
    expect(nameField()).toHaveValue("Coach Academy");
    expect(minimumField()).toHaveValue("0.00");
    expect(minimumField()).toHaveAccessibleDescription(/0 for no minimum/);
    expect(save()).toBeDisabled();
  });

  it("judges as the API does, without calling it: a blank name, a negative or malformed minimum", async () => {
    const sent = jest.fn();
    const { user } = await renderPage([updateMock({}, { data: null }, sent)]);
    await user.clear(nameField());
    await user.type(nameField(), "   ");
    await user.clear(minimumField());
    await user.type(minimumField(), "-5");
    await user.click(save());
    expect(await screen.findByText("Enter the business name.")).toBeInTheDocument();
    expect(screen.getByText(/no sign, at most two decimals/)).toBeInTheDocument();
    await user.clear(minimumField());
    await user.type(minimumField(), "12345678901234");
    await user.click(save());
    expect(await screen.findByText(/no sign, at most two decimals/)).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  it("saves the name and the minimum, then shows them as stored", async () => {
    const { user } = await renderPage([
      updateMock(
        { name: "Pasta School", minimumPayout: "25" },
        { data: { updateSellerSettings: seller("Pasta School", "25.00") } },
      ),
    ]);
    await user.clear(nameField());
    await user.type(nameField(), " Pasta School ");
    await user.clear(minimumField());
    await user.type(minimumField(), "25");
    await user.click(save());
    await waitFor(() => expect(minimumField()).toHaveValue("25.00"));
    expect(nameField()).toHaveValue("Pasta School");
    expect(save()).toBeDisabled();
  });

  it("shows the API's refusal next to its field", async () => {
    const { user } = await renderPage([
      updateMock(
        { name: "Coach Academy", minimumPayout: "10" },
        apiError(
          "BAD_USER_INPUT",
          "The minimum payout must be from 0.00 to …",
          "input.minimumPayout",
        ),
      ),
    ]);
    await user.clear(minimumField());
    await user.type(minimumField(), "10");
    await user.click(save());
    expect(
      await screen.findByText("The minimum payout must be from 0.00 to …"),
    ).toBeInTheDocument();
    expect(minimumField()).toHaveAttribute("aria-invalid", "true");
  });
});
