import { screen, waitFor } from "@testing-library/react";
import { ViewerQuery } from "../../app/viewer";
import { SignUpDocument } from "../../gql/graphql";
import { apiError, renderWithProviders } from "../../test/render";
import { SignUpForm } from "./SignUpPage";

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
