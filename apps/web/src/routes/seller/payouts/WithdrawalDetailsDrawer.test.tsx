import { screen, waitFor, within } from "@testing-library/react";
import { ProcessWithdrawalDocument, SellerWithdrawalDetailsDocument } from "../../../gql/graphql";
import { apiError, renderWithProviders } from "../../../test/render";
import { WithdrawalDetailsDrawer } from "./WithdrawalDetailsDrawer";

function withdrawal(status: "PENDING" | "APPROVED", batchId: string | null = null) {
  const approved = status === "APPROVED";
  return {
    __typename: "Withdrawal",
    id: "w1",
    reference: "AH-W-w1",
    status,
    batch: batchId && { __typename: "PayoutBatch", id: batchId, status: "OPEN" },
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
      seller: { __typename: "Seller", id: "s1", name: "Demo Coaching" },
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
        batchAction: null,
        reason: null,
        payoutBatch: null,
      },
    ],
  };
}

const details = (status: "PENDING" | "APPROVED") => ({
  request: { query: SellerWithdrawalDetailsDocument, variables: { id: "w1" } },
  result: { data: { withdrawal: withdrawal(status) } },
});

describe("WithdrawalDetailsDrawer", () => {
  it("locks the form of a request in an open payout batch, with a link to it", async () => {
    renderWithProviders(<WithdrawalDetailsDrawer withdrawalId="w1" onClose={() => {}} />, {
      mocks: [
        {
          request: { query: SellerWithdrawalDetailsDocument, variables: { id: "w1" } },
          result: { data: { withdrawal: withdrawal("PENDING", "3") } },
        },
      ],
    });
    expect(await screen.findByText("In payout batch #3")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "payout batch #3" })).toHaveAttribute(
      "href",
      "/seller/payout-batches/3",
    );
    expect(screen.getByText(/Take it out of the batch to process it by hand/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Take it out of the batch" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Save note" })).toBeDisabled();
    expect(screen.getByLabelText(/^Receipt number/)).toBeDisabled();
  });

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
    await screen.findByRole("button", { name: "Save note" });
    await user.click(screen.getByText("Rejected"));
    await user.click(screen.getByRole("button", { name: "Reject $3.00" }));
    const confirm = await screen.findByRole("dialog", { name: "Reject $3.00 for Clark Kent?" });
    await user.click(within(confirm).getByRole("button", { name: "Reject $3.00" }));

    expect(
      await screen.findByText(/already been approved or rejected, and that decision is final/),
    ).toBeInTheDocument();
    expect(await screen.findByText("OTHER-TAB-1")).toBeInTheDocument();
    expect(screen.getByText(/Approved and rejected withdrawals are final/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^(Save note|Reject)/ })).not.toBeInTheDocument();
  });

  it("shows the receipt, date paid and note once: as fields while Pending, as facts after", async () => {
    renderWithProviders(<WithdrawalDetailsDrawer withdrawalId="w1" onClose={() => {}} />, {
      mocks: [details("PENDING")],
    });
    await screen.findByRole("button", { name: "Save note" });
    expect(screen.getAllByText("Receipt number")).toHaveLength(1);
    expect(screen.getAllByText("Date paid")).toHaveLength(1);
    expect(screen.getAllByText(/^Note to the affiliate/)).toHaveLength(1);
  });

  it("closes at once when nothing was typed", async () => {
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <WithdrawalDetailsDrawer withdrawalId="w1" onClose={onClose} />,
      { mocks: [details("PENDING")] },
    );
    await screen.findByRole("button", { name: "Save note" });
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalled();
    expect(screen.queryByRole("dialog", { name: "Discard your changes?" })).not.toBeInTheDocument();
  });

  it("asks before Escape throws a typed note away: Keep editing keeps it, Discard closes", async () => {
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <WithdrawalDetailsDrawer withdrawalId="w1" onClose={onClose} />,
      { mocks: [details("PENDING")] },
    );
    await screen.findByRole("button", { name: "Save note" });
    const note = screen.getByLabelText(/^Note to the affiliate/);
    await user.type(note, "Paying Friday");
    await user.keyboard("{Escape}");
    let ask = await screen.findByRole("dialog", { name: "Discard your changes?" });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole("button", { name: "Keep editing" }));
    await waitFor(() =>
      expect(
        screen.queryByRole("dialog", { name: "Discard your changes?" }),
      ).not.toBeInTheDocument(),
    );
    expect(note).toHaveValue("Paying Friday");

    // Escape in the question keeps editing too.
    await user.keyboard("{Escape}");
    ask = await screen.findByRole("dialog", { name: "Discard your changes?" });
    await user.keyboard("{Escape}");
    await waitFor(() =>
      expect(
        screen.queryByRole("dialog", { name: "Discard your changes?" }),
      ).not.toBeInTheDocument(),
    );
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Close" }));
    ask = await screen.findByRole("dialog", { name: "Discard your changes?" });
    await user.click(within(ask).getByRole("button", { name: "Discard" }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("lets Escape close the final-decision question only, not the drawer under it", async () => {
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <WithdrawalDetailsDrawer withdrawalId="w1" onClose={onClose} />,
      { mocks: [details("PENDING")] },
    );
    await screen.findByRole("button", { name: "Save note" });
    await user.click(screen.getByText("Rejected"));
    await user.click(screen.getByRole("button", { name: "Reject $3.00" }));
    await screen.findByRole("dialog", { name: "Reject $3.00 for Clark Kent?" });
    await user.keyboard("{Escape}");
    await waitFor(() =>
      expect(screen.queryByRole("dialog", { name: /^Reject/ })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole("dialog", { name: "Discard your changes?" })).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Reject $3.00" })).toBeInTheDocument();
  });
});
