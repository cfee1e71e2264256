import { screen, waitFor } from "@testing-library/react";
import { ViewerQuery } from "../../app/viewer";
import { JoinInvitationDocument, SignUpDocument } from "../../gql/graphql";
import { apiError, renderWithProviders } from "../../test/render";
import { SignUpForm, SignUpPage } from "./SignUpPage";

const input = { name: "Lois Lane", email: "lois@dailyplanet.test", password: "correct-horse" };
const signUpMock = (result: object) => ({
  request: { query: SignUpDocument, variables: { input } },
  result,
});

async function fillIn(user: ReturnType<typeof renderWithProviders>["user"], values = input) {
  await user.type(screen.getByLabelText(/^Name/), values.name);
  await user.type(screen.getByLabelText(/^Email/), values.email);
  await user.type(screen.getByLabelText(/^Password/), values.password);
  await user.click(screen.getByRole("button", { name: "Create account" }));
}

describe("SignUpForm", () => {
  it("checks name, email and password length before calling the API", async () => {
    const { user } = renderWithProviders(<SignUpForm />);
    await fillIn(user, { name: " ", email: "not-an-email", password: "short" });
    expect(await screen.findByText("Enter your name.")).toBeInTheDocument();
    expect(
      screen.getByText("Enter a valid email address, like name@example.com."),
    ).toBeInTheDocument();
    expect(screen.getByText("The password must be 8 to 128 characters long.")).toBeInTheDocument();
  });

  it("counts the password in characters, as the API does: four emoji are 4, not 8", async () => {
    const { user } = renderWithProviders(<SignUpForm />);
    await fillIn(user, { ...input, password: "😀😀😀😀" });
    expect(
      await screen.findByText("The password must be 8 to 128 characters long."),
    ).toBeInTheDocument();
  });

  it("creates the account and sends a new user to onboarding", async () => {
    const mocks = [
      signUpMock({ data: { signUp: { __typename: "User", id: "u9" } } }),
      {
        request: { query: ViewerQuery },
        result: {
          data: {
            me: { __typename: "User", id: "u9", ...input, seller: null, affiliateAccounts: [] },
          },
        },
      },
    ];
    const { user } = renderWithProviders(<SignUpForm />, { mocks });
    await fillIn(user);
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/welcome"));
  });

  it("shows a taken email next to the email field", async () => {
    const mocks = [signUpMock(apiError("ALREADY_EXISTS", "That email is taken"))];
    const { user } = renderWithProviders(<SignUpForm />, { mocks });
    await fillIn(user);
    expect(
      await screen.findByText("An account with this email already exists. Sign in instead."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute("aria-invalid", "true");
  });

  it("shows the API's BAD_USER_INPUT next to the field it names", async () => {
    const mocks = [
      signUpMock(apiError("BAD_USER_INPUT", "Passwords are 8–128 characters", "password")),
    ];
    const { user } = renderWithProviders(<SignUpForm />, { mocks });
    await fillIn(user);
    expect(await screen.findByText("Passwords are 8–128 characters")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute("aria-invalid", "true");
  });
});

describe("SignUpPage from a join link", () => {
  const signedOut = { request: { query: ViewerQuery }, result: { data: { me: null } } };
  const invitation = (slug: string, name: string | null) => ({
    request: { query: JoinInvitationDocument, variables: { slug } },
    result: { data: { sellerBySlug: name && { __typename: "PublicSeller", name, slug } } },
  });

  it("names the program the new account is for", async () => {
    renderWithProviders(<SignUpPage />, {
      route: "/signup?next=%2Fjoin%2Fdemo-coaching",
      mocks: [signedOut, invitation("demo-coaching", "Demo Coaching")],
    });
    expect(
      await screen.findByText(
        "Create an account (or sign in) to join Demo Coaching's affiliate program.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Create your account" })).toBeInTheDocument();
  });

  it("says at once that a mistyped join link leads nowhere", async () => {
    renderWithProviders(<SignUpPage />, {
      route: "/signup?next=%2Fjoin%2Fnobody",
      mocks: [signedOut, invitation("nobody", null)],
    });
    expect(
      await screen.findByRole("heading", { name: "No such affiliate center" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Create an account without joining" })).toBeVisible();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });
});
