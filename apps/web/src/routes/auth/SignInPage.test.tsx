import { screen, waitFor } from "@testing-library/react";
import { ViewerQuery } from "../../app/viewer";
import { SignInDocument } from "../../gql/graphql";
import { apiError, renderWithProviders } from "../../test/render";
import { SignInForm } from "./SignInPage";

const coach = {
  __typename: "User",
  id: "u1",
  name: "Demo Coach",
  email: "coach@allyhut.test",
  seller: {
    __typename: "Seller",
    id: "s1",
    name: "Demo Coaching",
    slug: "demo-coaching",
    currencyCode: "USD",
  },
  affiliateAccounts: [],
};

function signInMock(result: object) {
  const input = { email: "coach@allyhut.test", password: "allyhut-demo" };
  return { request: { query: SignInDocument, variables: { input } }, result };
}

describe("SignInForm", () => {
  it("asks for an email and a password before calling the API", async () => {
    const { user } = renderWithProviders(<SignInForm />);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Enter your email address")).toBeInTheDocument();
    expect(screen.getByText("Enter your password")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute("aria-invalid", "true");
  });

  it("signs in, loads the viewer and goes to the seller's home", async () => {
    const mocks = [
      signInMock({ data: { login: { __typename: "User", id: "u1" } } }),
      { request: { query: ViewerQuery }, result: { data: { me: coach } } },
    ];
    const { user } = renderWithProviders(<SignInForm />, { mocks, route: "/login" });
    await user.type(screen.getByLabelText(/^Email/), "  coach@allyhut.test ");
    await user.type(screen.getByLabelText(/^Password/), "allyhut-demo");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/seller/affiliates"),
    );
  });

  it("returns to the page that asked for a sign in", async () => {
    const mocks = [
      signInMock({ data: { login: { __typename: "User", id: "u1" } } }),
      { request: { query: ViewerQuery }, result: { data: { me: coach } } },
    ];
    const { user } = renderWithProviders(<SignInForm />, {
      mocks,
      route: "/login?next=%2Fjoin%2Fdemo-coaching",
    });
    await user.type(screen.getByLabelText(/^Email/), "coach@allyhut.test");
    await user.type(screen.getByLabelText(/^Password/), "allyhut-demo");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/join/demo-coaching"),
    );
  });

  it("says when the email and password do not match, without telling which", async () => {
    const mocks = [signInMock(apiError("UNAUTHENTICATED", "Wrong email or password"))];
    const { user } = renderWithProviders(<SignInForm />, { mocks });
    await user.type(screen.getByLabelText(/^Email/), "coach@allyhut.test");
    await user.type(screen.getByLabelText(/^Password/), "allyhut-demo");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "That email and password do not match an account.",
    );
  });
});
