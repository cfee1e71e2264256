import { screen } from "@testing-library/react";
import { ApiPageDocument } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { COACH_ACADEMY, viewerMock } from "../../../test/viewer-mock";
import { ApiPage } from "./ApiPage";

const viewer = viewerMock({ seller: COACH_ACADEMY });

const offer = (id: string, name: string, active: boolean, amount: string) => ({
  __typename: "Offer",
  id,
  name,
  active,
  price: { __typename: "Money", amount, currencyCode: "USD" },
});

const apiPage = (affiliates: object[]) => ({
  request: { query: ApiPageDocument },
  result: {
    data: {
      me: {
        __typename: "User",
        id: "u1",
        seller: {
          __typename: "Seller",
          id: "s1",
          offers: [
            offer("7", "Old course", false, "10.00"),
            offer("9", "Masterclass", true, "49.00"),
          ],
        },
      },
      affiliates: { __typename: "AffiliateConnection", nodes: affiliates },
    },
  },
});

const clark = { __typename: "Affiliate", id: "a1", name: "Clark Kent", referralCode: "RSA7K2" };

describe("ApiPage", () => {
  it("shows recordSale with the seller's own offer, an affiliate's code and the price", async () => {
    renderWithProviders(<ApiPage />, { mocks: [viewer, apiPage([clark])] });
    const variables = await screen.findByLabelText("Variables");
    expect(JSON.parse(variables.textContent ?? "")).toEqual({
      input: { orderId: "ORDER-1001", referralCode: "RSA7K2", offerId: "9", saleAmount: "49.00" },
    });
    expect(screen.getByLabelText("GraphQL document")).toHaveTextContent(
      "mutation RecordSale($input: RecordSaleInput!)",
    );
    const curl = screen.getByLabelText("curl command").textContent ?? "";
    expect(curl).toContain(`curl -sS -c allyhut-session.txt -H 'content-type: application/json'`);
    expect(curl).toContain('"email":"coach@allyhut.test","password":"YOUR_PASSWORD"');
    expect(curl).toContain(`curl -sS -b allyhut-session.txt`);
    expect(curl).toContain('"offerId":"9","saleAmount":"49.00"');
    expect(curl).toContain(`${window.location.origin}/graphql`);
    expect(screen.getByRole("link", { name: "API playground" })).toHaveAttribute(
      "href",
      "/playground",
    );
  });

  it("copies each block", async () => {
    const { user } = renderWithProviders(<ApiPage />, { mocks: [viewer, apiPage([clark])] });
    await user.click(await screen.findByRole("button", { name: "Copy curl command" }));
    expect(screen.getByRole("button", { name: "Copied curl command" })).toHaveTextContent("Copied");
    expect(await navigator.clipboard.readText()).toContain("allyhut-session.txt");
    await user.click(screen.getByRole("button", { name: "Copy variables" }));
    expect(JSON.parse(await navigator.clipboard.readText())).toMatchObject({
      input: { referralCode: "RSA7K2" },
    });
    expect(screen.getByRole("button", { name: "Copy GraphQL document" })).toBeInTheDocument();
  });

  it("says which values are placeholders while no affiliate has joined", async () => {
    renderWithProviders(<ApiPage />, { mocks: [viewer, apiPage([])] });
    expect(
      await screen.findByText(/Once an affiliate joins, their referral code shows here/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Variables")).toHaveTextContent('"referralCode": "REFERRAL_CODE"');
  });
});
