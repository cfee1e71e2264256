import { screen, within } from "@testing-library/react";
import { MyWithdrawalDetailsDocument } from "../../gql/graphql";
import { renderWithProviders } from "../../test/render";
import { viewerMock } from "../../test/viewer-mock";
import { MyWithdrawalDrawer } from "./MyWithdrawalDrawer";

const amy = { __typename: "Actor", id: "u7", name: "Amy Affiliate" };
const coach = { __typename: "Actor", id: "u1", name: "Demo Coach" };
const event = (
  actor: object,
  fromStatus: string | null,
  toStatus: string,
  note: string | null,
  batch: { action: string | null; reason?: string } | null = null,
) => ({
  __typename: "WithdrawalEvent",
  at: "2026-11-20T10:00:00.000Z",
  actor,
  fromStatus,
  toStatus,
  receiptNumber: null,
  paidOn: null,
  note,
  batchAction: batch?.action ?? null,
  reason: batch?.reason ?? null,
  payoutBatch: batch && { __typename: "PayoutBatch", id: "3" },
});

const mocks = [
  viewerMock({ id: "u7", name: "Amy Affiliate", email: "amy@allyhut.test" }),
  {
    request: { query: MyWithdrawalDetailsDocument, variables: { id: "w1" } },
    result: {
      data: {
        withdrawal: {
          __typename: "Withdrawal",
          id: "w1",
          reference: "AH-W-1042",
          status: "APPROVED",
          amount: { __typename: "Money", amount: "3.00", currencyCode: "USD" },
          paymentMethod: "PAYPAL",
          payoutAccount: "amy@allyhut.test",
          requestedAt: "2026-11-20T10:00:00.000Z",
          processedAt: "2026-11-21T09:00:00.000Z",
          receiptNumber: "PAYPAL-RCPT-1",
          paidOn: "2026-11-21",
          note: "Thanks for promoting!",
          affiliate: {
            __typename: "Affiliate",
            id: "a7",
            name: "Amy Affiliate",
            email: "amy@allyhut.test",
            seller: { __typename: "Seller", id: "s1", name: "Demo Coaching" },
          },
          history: [
            event(amy, null, "PENDING", null),
            event(coach, "PENDING", "PENDING", null, { action: "ADDED" }),
            event(coach, "PENDING", "PENDING", null, {
              action: "REMOVED",
              reason: "PayPal: UNCLAIMED",
            }),
            event(coach, "PENDING", "PENDING", null, { action: "ADDED" }),
            event(coach, "PENDING", "APPROVED", "Thanks for promoting!", { action: null }),
          ],
        },
      },
    },
  },
];

describe("MyWithdrawalDrawer", () => {
  it("speaks to the affiliate: the seller's note is from the seller, and she is not named", async () => {
    renderWithProviders(<MyWithdrawalDrawer withdrawalId="w1" onClose={() => {}} />, { mocks });
    const drawer = await screen.findByRole("dialog", { name: "Withdrawal details" });
    expect(await within(drawer).findByText("Note from Demo Coaching")).toBeInTheDocument();
    expect(within(drawer).queryByText("Note to the affiliate")).not.toBeInTheDocument();
    expect(within(drawer).queryByText("Affiliate")).not.toBeInTheDocument();
    expect(within(drawer).queryByText(/Amy Affiliate/)).not.toBeInTheDocument();
    expect(within(drawer).getByText(/· you$/)).toBeInTheDocument();
    expect(within(drawer).getAllByText(/· Demo Coach$/)).toHaveLength(4);
  });

  it("shows the reference the payout files carry, and the batch moves in the history", async () => {
    renderWithProviders(<MyWithdrawalDrawer withdrawalId="w1" onClose={() => {}} />, { mocks });
    const drawer = await screen.findByRole("dialog", { name: "Withdrawal details" });
    const reference = await within(drawer).findByText("AH-W-1042");
    expect(reference.closest("div")).toHaveTextContent(/^ReferenceAH-W-1042$/);
    expect(within(drawer).getAllByText("Added to payout batch #3")).toHaveLength(2);
    expect(
      within(drawer).getByText("Taken out of payout batch #3: PayPal: UNCLAIMED"),
    ).toBeInTheDocument();
    expect(
      within(drawer).getByText("Pending → Approved through payout batch #3"),
    ).toBeInTheDocument();
  });
});
