import { screen, waitFor } from "@testing-library/react";
import { makeFragmentData } from "../../../gql";
import { ProcessWithdrawalDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { ProcessWithdrawalForm, ProcessWithdrawalForm_withdrawal } from "./ProcessWithdrawalForm";

const TODAY = "2026-11-24";
const pending = makeFragmentData(
  {
    __typename: "Withdrawal",
    id: "w1",
    status: "PENDING",
    requestedAt: "2026-11-20T10:00:00.000Z",
    receiptNumber: null,
    paidOn: null,
    note: null,
    affiliate: { __typename: "Affiliate", id: "a1" },
  },
  ProcessWithdrawalForm_withdrawal,
);

function renderForm(mocks: object[] = []) {
  const onSaved = jest.fn();
  const onStale = jest.fn();
  const rendered = renderWithProviders(
    <ProcessWithdrawalForm
      withdrawal={pending}
      onSaved={onSaved}
      onStale={onStale}
      today={TODAY}
    />,
    { mocks: mocks as never },
  );
  return { ...rendered, onSaved, onStale };
}

const approveInput = {
  withdrawalId: "w1",
  status: "APPROVED",
  receiptNumber: "RCPT-1",
  paidOn: "2026-11-23",
  note: "Paid <script>alert(1)</script>",
};

async function approve(user: ReturnType<typeof renderForm>["user"]) {
  await user.click(screen.getByText("Approved"));
  await user.type(screen.getByLabelText(/^Receipt number/), "RCPT-1");
  await user.type(screen.getByLabelText(/^Date paid/), "2026-11-23");
  await user.type(screen.getByLabelText(/^Note to the affiliate/), approveInput.note);
  await user.click(screen.getByRole("button", { name: "Save" }));
}

describe("ProcessWithdrawalForm", () => {
  it("needs a receipt number and a date paid to approve", async () => {
    const { user, onSaved } = renderForm();
    await user.click(screen.getByText("Approved"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Enter the receipt number of the payment.")).toBeInTheDocument();
    expect(screen.getByText("Enter the date the payment was made.")).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("takes the receipt and the date paid while Pending, then the approval", async () => {
    const { user, onSaved } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input: approveInput } },
        result: { data: { processWithdrawal: processed({ status: "APPROVED", note: null }) } },
      },
    ]);
    const receipt = screen.getByLabelText(/^Receipt number/);
    const datePaid = screen.getByLabelText(/^Date paid/);
    expect(receipt).toBeEnabled();
    expect(datePaid).toBeEnabled();
    // The form reads in the order the seller works: receipt, date, then the decision.
    const pending = screen.getByRole("radio", { name: "Pending" });
    expect(
      datePaid.compareDocumentPosition(pending) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await user.type(receipt, "RCPT-1");
    await user.type(datePaid, "2026-11-23");
    await user.type(screen.getByLabelText(/^Note to the affiliate/), approveInput.note);
    expect(screen.getByRole("radio", { name: "Pending" })).toBeChecked();
    await user.click(screen.getByText("Approved"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("saves no receipt number or date paid with a rejection", async () => {
    const input = {
      withdrawalId: "w1",
      status: "REJECTED",
      receiptNumber: null,
      paidOn: null,
      note: "Wrong PayPal address",
    };
    const { user, onSaved } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input } },
        result: {
          data: { processWithdrawal: processed({ status: "REJECTED", note: input.note }) },
        },
      },
    ]);
    await user.type(screen.getByLabelText(/^Receipt number/), "RCPT-TYPED");
    await user.type(screen.getByLabelText(/^Date paid/), "2026-11-23");
    await user.click(screen.getByText("Rejected"));
    expect(screen.getByText(/^Not saved with a rejection; up to 100 characters/)).toBeVisible();
    await user.type(screen.getByLabelText(/^Note to the affiliate/), input.note);
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("counts the receipt number in characters, as the API does, without cutting it short", async () => {
    const input = { ...approveInput, receiptNumber: "🧾".repeat(100), note: null };
    const { user, onSaved } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input } },
        result: { data: { processWithdrawal: processed({ status: "APPROVED", note: null }) } },
      },
    ]);
    const receipt = screen.getByLabelText(/^Receipt number/);
    expect(receipt).not.toHaveAttribute("maxlength");
    expect(screen.getByText(/up to 100 characters/)).toBeInTheDocument();
    await user.click(receipt);
    await user.paste("🧾".repeat(101));
    expect(receipt).toHaveValue("🧾".repeat(101));
    await user.type(screen.getByLabelText(/^Date paid/), "2026-11-23");
    await user.click(screen.getByText("Approved"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText("The receipt number can be at most 100 characters long."),
    ).toBeInTheDocument();
    await user.clear(receipt);
    await user.paste("🧾".repeat(100));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("saves a note on a pending withdrawal without receipt or date", async () => {
    const input = {
      withdrawalId: "w1",
      status: "PENDING",
      receiptNumber: null,
      paidOn: null,
      note: "Paying Friday",
    };
    const { user, onSaved } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input } },
        result: {
          data: { processWithdrawal: processed({ status: "PENDING", note: "Paying Friday" }) },
        },
      },
    ]);
    await user.type(screen.getByLabelText(/^Note to the affiliate/), "Paying Friday");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("shows the API's BAD_USER_INPUT inline, next to the field it names", async () => {
    const { user, onSaved } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input: approveInput } },
        result: apiError("BAD_USER_INPUT", "paidOn cannot be before the request", "paidOn"),
      },
    ]);
    await approve(user);
    expect(await screen.findByText("paidOn cannot be before the request")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Date paid/)).toHaveAttribute("aria-invalid", "true");
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("explains INVALID_TRANSITION in words and reloads the withdrawal", async () => {
    const { user, onStale } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input: approveInput } },
        result: apiError("INVALID_TRANSITION", "APPROVED is final"),
      },
    ]);
    await approve(user);
    await waitFor(() =>
      expect(onStale).toHaveBeenCalledWith(
        expect.stringMatching(/already been approved or rejected/),
      ),
    );
  });

  it("explains CONFLICT in words", async () => {
    const { user, onStale } = renderForm([
      {
        request: { query: ProcessWithdrawalDocument, variables: { input: approveInput } },
        result: apiError("CONFLICT", "changed concurrently"),
      },
    ]);
    await approve(user);
    await waitFor(() =>
      expect(onStale).toHaveBeenCalledWith(expect.stringMatching(/someone else changed/)),
    );
  });
});

function processed(overrides: { status: string; note: string | null }) {
  const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });
  return {
    __typename: "Withdrawal",
    id: "w1",
    requestedAt: "2026-11-20T10:00:00.000Z",
    processedAt: null,
    receiptNumber: null,
    paidOn: null,
    paymentMethod: "PAYPAL",
    payoutAccount: "clark.kent@dailyplanet.test",
    amount: money("3.00"),
    history: [],
    affiliate: {
      __typename: "Affiliate",
      id: "a1",
      name: "Clark Kent",
      email: "clark@allyhut.test",
      pendingWithdrawalCount: 2,
      balance: {
        __typename: "AffiliateBalance",
        earned: money("20.00"),
        available: money("15.00"),
        pending: money("5.00"),
        paid: money("0.00"),
      },
    },
    ...overrides,
  };
}
