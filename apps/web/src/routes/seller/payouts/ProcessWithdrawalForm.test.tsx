import { screen, waitFor, within } from "@testing-library/react";
import { makeFragmentData } from "../../../gql";
import { ProcessWithdrawalDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { ProcessWithdrawalForm, ProcessWithdrawalForm_withdrawal } from "./ProcessWithdrawalForm";

const TODAY = "2026-12-26";
const pending = makeFragmentData(
  {
    __typename: "Withdrawal",
    id: "w1",
    status: "PENDING",
    requestedAt: "2026-12-20T10:00:00.000Z",
    receiptNumber: null,
    paidOn: null,
    note: null,
    amount: { __typename: "Money", amount: "3.00", currencyCode: "USD" },
    affiliate: { __typename: "Affiliate", id: "a1", name: "Clark Kent" },
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

type User = ReturnType<typeof renderForm>["user"];

const approveInput = {
  withdrawalId: "w1",
  status: "APPROVED",
  receiptNumber: "RCPT-1",
  paidOn: "2026-12-24",
  note: "Paid <script>alert(1)</script>",
};

const answered = (input: object, result: object) => ({
  request: { query: ProcessWithdrawalDocument, variables: { input } },
  result,
});

const field = (label: RegExp) => screen.getByLabelText(label);
const receiptField = () => field(/^Receipt number/);
const dateField = () => field(/^Date paid/);
const noteField = () => field(/^Note to the affiliate/);

async function fillApproval(user: User, datePaid = "2026-12-24") {
  await user.type(receiptField(), "RCPT-1");
  await user.type(dateField(), datePaid);
  await user.type(noteField(), approveInput.note);
  await user.click(screen.getByText("Approved"));
}

/** Approve $3.00, then confirm it in the dialog. */
async function approve(user: User) {
  await fillApproval(user);
  await user.click(screen.getByRole("button", { name: "Approve $3.00" }));
  const dialog = await screen.findByRole("dialog", { name: "Approve $3.00 for Clark Kent?" });
  await user.click(within(dialog).getByRole("button", { name: "Approve $3.00" }));
}

describe("ProcessWithdrawalForm", () => {
  it("names what its button does: Save note, Approve $3.00, Reject $3.00", async () => {
    const { user } = renderForm();
    expect(screen.getByRole("button", { name: "Save note" })).toBeInTheDocument();
    await user.click(screen.getByText("Approved"));
    expect(screen.getByRole("button", { name: "Approve $3.00" })).toBeInTheDocument();
    await user.click(screen.getByText("Rejected"));
    expect(screen.getByRole("button", { name: "Reject $3.00" })).toBeInTheDocument();
  });

  it("needs a receipt number and a date paid to approve, before asking anything", async () => {
    const { user, onSaved } = renderForm();
    await user.click(screen.getByText("Approved"));
    await user.click(screen.getByRole("button", { name: "Approve $3.00" }));
    expect(await screen.findByText("Enter the receipt number of the payment.")).toBeInTheDocument();
    expect(screen.getByText("Enter the date the payment was made.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("never sends on Enter in a field; the note keeps its new lines", async () => {
    const { user, onSaved } = renderForm();
    await user.click(screen.getByText("Approved"));
    await user.type(receiptField(), "RCPT-1{Enter}");
    await user.type(dateField(), "2026-12-24{Enter}");
    await user.type(noteField(), "Paid.{Enter}Thanks!");
    expect(noteField()).toHaveValue("Paid.\nThanks!");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByText(/Enter the/)).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("asks once before approving, naming the amount, the affiliate and the receipt", async () => {
    const { user, onSaved } = renderForm([
      answered(approveInput, {
        data: { processWithdrawal: processed({ status: "APPROVED", note: approveInput.note }) },
      }),
    ]);
    await fillApproval(user);
    await user.click(screen.getByRole("button", { name: "Approve $3.00" }));
    let dialog = await screen.findByRole("dialog", { name: "Approve $3.00 for Clark Kent?" });
    expect(dialog).toHaveTextContent("You paid Clark Kent $3.00 on Dec 24, 2026, receipt RCPT-1.");
    expect(dialog).toHaveTextContent("This is final");
    await user.click(within(dialog).getByRole("button", { name: "Go back" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Approve $3.00" }));
    dialog = await screen.findByRole("dialog", { name: "Approve $3.00 for Clark Kent?" });
    await user.click(within(dialog).getByRole("button", { name: "Approve $3.00" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("rejects after asking, and sends no receipt number or date paid with it", async () => {
    const input = {
      withdrawalId: "w1",
      status: "REJECTED",
      receiptNumber: null,
      paidOn: null,
      note: "Wrong PayPal address",
    };
    const { user, onSaved } = renderForm([
      answered(input, {
        data: { processWithdrawal: processed({ status: "REJECTED", note: input.note }) },
      }),
    ]);
    await user.type(receiptField(), "RCPT-TYPED");
    await user.type(dateField(), "2026-12-24");
    await user.click(screen.getByText("Rejected"));
    expect(screen.getByText("Not saved with a rejection")).toBeVisible();
    await user.type(noteField(), input.note);
    await user.click(screen.getByRole("button", { name: "Reject $3.00" }));
    const dialog = await screen.findByRole("dialog", { name: "Reject $3.00 for Clark Kent?" });
    expect(dialog).toHaveTextContent("goes back to Clark Kent's available balance");
    await user.click(within(dialog).getByRole("button", { name: "Reject $3.00" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("saves a note on a pending withdrawal without asking", async () => {
    const input = {
      withdrawalId: "w1",
      status: "PENDING",
      receiptNumber: null,
      paidOn: null,
      note: "Paying Friday",
    };
    const { user, onSaved } = renderForm([
      answered(input, {
        data: { processWithdrawal: processed({ status: "PENDING", note: "Paying Friday" }) },
      }),
    ]);
    await user.type(noteField(), "Paying Friday");
    await user.click(screen.getByRole("button", { name: "Save note" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("goes receipt, date, status, note, button with the Tab key", async () => {
    const { user } = renderForm();
    await user.tab();
    expect(receiptField()).toHaveFocus();
    await user.tab();
    expect(dateField()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("radio", { name: "Pending" })).toHaveFocus();
    await user.tab();
    expect(noteField()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Save note" })).toHaveFocus();
  });

  it("counts the receipt number and the note in characters, and says at once when over", async () => {
    const { user } = renderForm();
    expect(screen.getByText("0 / 100")).toBeInTheDocument();
    expect(screen.getByText("0 / 2,000")).toBeInTheDocument();
    await user.click(receiptField());
    await user.paste("🧾".repeat(100));
    expect(receiptField()).not.toHaveAttribute("maxlength");
    expect(screen.getByText("100 / 100")).toBeInTheDocument();
    expect(receiptField()).not.toHaveAttribute("aria-invalid");
    await user.type(receiptField(), "x");
    expect(screen.getByText("101 / 100")).toBeInTheDocument();
    expect(
      screen.getByText("The receipt number can be at most 100 characters long."),
    ).toBeInTheDocument();
    expect(receiptField()).toHaveAttribute("aria-invalid", "true");

    await user.click(noteField());
    await user.paste("n".repeat(1940));
    expect(screen.getByText("1,940 / 2,000")).toBeInTheDocument();
    await user.paste("n".repeat(61));
    expect(screen.getByText("2,001 / 2,000")).toBeInTheDocument();
    expect(screen.getByText("The note can be at most 2000 characters long.")).toBeInTheDocument();
  });
});

describe("Date paid", () => {
  it.each([
    ["2026-12-24", "Thursday, December 24, 2026"],
    ["12/24/2026", "Thursday, December 24, 2026"],
    ["Dec 25, 2026", "Friday, December 25, 2026"],
    ["25 Dec 2026", "Friday, December 25, 2026"],
  ])("takes %s as typed and says how it read it", async (typed, read) => {
    const { user } = renderForm();
    await user.type(dateField(), typed);
    await user.tab();
    expect(dateField()).toHaveValue(typed);
    expect(screen.getByText(`Read as ${read}`)).toBeInTheDocument();
    expect(dateField()).not.toHaveAttribute("aria-invalid");
  });

  it("sends the date it read", async () => {
    const input = { ...approveInput, paidOn: "2026-12-25" };
    const { user, onSaved } = renderForm([
      answered(input, {
        data: { processWithdrawal: processed({ status: "APPROVED", note: input.note }) },
      }),
    ]);
    await fillApproval(user, "Dec 25, 2026");
    await user.click(screen.getByRole("button", { name: "Approve $3.00" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Approve $3.00" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it.each([
    [
      "yesterday's lunch",
      "“yesterday's lunch” is not a date. Type it like Dec 26, 2026 or 2026-12-26.",
    ],
    ["2026-02-30", "“2026-02-30” is not a date. Type it like Dec 26, 2026 or 2026-12-26."],
    ["Dec 19, 2026", "The date paid cannot be before the request date (2026-12-20)."],
    ["12/27/2026", "The date paid cannot be in the future."],
  ])("keeps %s and says why it cannot take it", async (typed, why) => {
    const { user } = renderForm();
    await user.type(dateField(), typed);
    await user.tab();
    expect(dateField()).toHaveValue(typed);
    expect(screen.getByText(why)).toBeInTheDocument();
    expect(dateField()).toHaveAttribute("aria-invalid", "true");
  });
});

describe("the API's refusals", () => {
  it("shows BAD_USER_INPUT inline, next to the field it names", async () => {
    const { user, onSaved } = renderForm([
      answered(
        approveInput,
        apiError("BAD_USER_INPUT", "paidOn cannot be before the request", "paidOn"),
      ),
    ]);
    await approve(user);
    expect(await screen.findByText("paidOn cannot be before the request")).toBeInTheDocument();
    expect(dateField()).toHaveAttribute("aria-invalid", "true");
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("explains INVALID_TRANSITION in words and reloads the withdrawal", async () => {
    const { user, onStale } = renderForm([
      answered(approveInput, apiError("INVALID_TRANSITION", "APPROVED is final")),
    ]);
    await approve(user);
    await waitFor(() =>
      expect(onStale).toHaveBeenCalledWith(
        expect.stringMatching(/already been approved or rejected/),
      ),
    );
  });

  it("asks before using a receipt number again, in the server's words, then resends allowing it", async () => {
    const reused = "This receipt number is already on Lois Lane's $15.00 of Nov 3, 2026 (AH-W-12).";
    const { user, onSaved } = renderForm([
      answered(approveInput, apiError("CONFLICT", reused)),
      answered(
        { ...approveInput, allowReusedReceipt: true },
        { data: { processWithdrawal: processed({ status: "APPROVED", note: approveInput.note }) } },
      ),
    ]);
    await approve(user);
    const dialog = await screen.findByRole("dialog", {
      name: "This receipt number is already used",
    });
    expect(dialog).toHaveTextContent(reused);
    expect(dialog).toHaveTextContent("Use it again?");
    expect(onSaved).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Use it again" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("explains CONFLICT in words", async () => {
    const { user, onStale } = renderForm([
      answered(approveInput, apiError("CONFLICT", "changed concurrently")),
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
    reference: "AH-W-w1",
    requestedAt: "2026-12-20T10:00:00.000Z",
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
      seller: { __typename: "Seller", id: "s1", name: "Demo Coaching" },
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
