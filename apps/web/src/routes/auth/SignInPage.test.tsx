import { screen, waitFor } from "@testing-library/react";
import { ViewerQuery } from "../../app/viewer";
import { JoinInvitationDocument, SignInDocument } from "../../gql/graphql";
import { apiError, renderWithProviders } from "../../test/render";
import { SignInForm, SignInPage } from "./SignInPage";

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

const signedOut = { request: { query: ViewerQuery }, result: { data: { me: null } } };
const invitation = (slug: string, name: string | null) => ({
  request: { query: JoinInvitationDocument, variables: { slug } },
  result: {
    data: { sellerBySlug: name && { __typename: "PublicSeller", name, slug } },
  },
});

describe("SignInPage from a join link", () => {
  it("names the program the visitor is joining, and keeps the way back for a new account", async () => {
    renderWithProviders(<SignInPage />, {
      route: "/login?next=%2Fjoin%2Fdemo-coaching",
      mocks: [signedOut, invitation("demo-coaching", "Demo Coaching")],
    });
    expect(
      await screen.findByText(
        "Sign in (or create an account) to join Demo Coaching's affiliate program.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Create an account" })).toHaveAttribute(
      "href",
      "/signup?next=%2Fjoin%2Fdemo-coaching",
    );
  });

  it("says at once that a mistyped join link leads nowhere, with a way back and no form", async () => {
    renderWithProviders(<SignInPage />, {
      route: "/login?next=%2Fjoin%2Fdemo-coachin",
      mocks: [signedOut, invitation("demo-coachin", null)],
    });
    expect(
      await screen.findByRole("heading", { name: "No such affiliate center" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/There is no affiliate center at “demo-coachin”/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in without joining" })).toHaveAttribute(
      "href",
      "/login",
    );
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("is the plain Sign in page otherwise", async () => {
    renderWithProviders(<SignInPage />, { route: "/login", mocks: [signedOut] });
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByText(/to join/)).not.toBeInTheDocument();
  });
});
