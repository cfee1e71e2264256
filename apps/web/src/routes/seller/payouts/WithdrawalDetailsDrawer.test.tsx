import { screen } from "@testing-library/react";
import { ProcessWithdrawalDocument, SellerWithdrawalDetailsDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { WithdrawalDetailsDrawer } from "./WithdrawalDetailsDrawer";

function withdrawal(status: "PENDING" | "APPROVED") {
  const approved = status === "APPROVED";
  return {
    __typename: "Withdrawal",
    id: "w1",
    status,
    amount: { __typename: "Money", amount: "3.00", currencyCode: "USD" },
    paymentMethod: "PAYPAL",
    payoutAccount: "clark.kent@dailyplanet.test",
    requestedAt: "2026-11-20T10:00:00.000Z",
    processedAt: approved ? "2026-11-21T09:00:00.000Z" : null,
    receiptNumber: approved ? "OTHER-TAB-1" : null,
    paidOn: approved ? "2026-11-21" : null,
    note: null,
    affiliate: {
      __typename: "Affiliate",
      id: "a1",
      name: "Clark Kent",
      email: "clark@allyhut.test",
    },
    history: [
      {
        __typename: "WithdrawalEvent",
        at: "2026-11-20T10:00:00.000Z",
        actor: { __typename: "Actor", id: "u2", name: "Clark Kent" },
        fromStatus: null,
        toStatus: "PENDING",
        receiptNumber: null,
        paidOn: null,
        note: null,
      },
    ],
  };
}

const details = (status: "PENDING" | "APPROVED") => ({
  request: { query: SellerWithdrawalDetailsDocument, variables: { id: "w1" } },
  result: { data: { withdrawal: withdrawal(status) } },
});

describe("WithdrawalDetailsDrawer", () => {
  it("explains in words that another decision won, and shows the final state", async () => {
    const reject = {
      request: {
        query: ProcessWithdrawalDocument,
        variables: {
          input: {
            withdrawalId: "w1",
            status: "REJECTED",
            receiptNumber: null,
            paidOn: null,
            note: null,
          },
        },
      },
      result: apiError("INVALID_TRANSITION", "The withdrawal is already APPROVED"),
    };
    const { user } = renderWithProviders(
      <WithdrawalDetailsDrawer withdrawalId="w1" onClose={() => {}} />,
      {
        mocks: [details("PENDING"), reject, details("APPROVED")],
      },
    );
    await screen.findByRole("button", { name: "Save" });
    await user.click(screen.getByText("Rejected"));
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(
      await screen.findByText(/already been approved or rejected, and that decision is final/),
    ).toBeInTheDocument();
    expect(await screen.findByText("OTHER-TAB-1")).toBeInTheDocument();
    expect(screen.getByText(/Approved and rejected withdrawals are final/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
  });
});
