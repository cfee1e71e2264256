import { screen, within } from "@testing-library/react";
import { AffiliateWithdrawalsDocument } from "../gql/graphql";
import { renderWithProviders } from "../test/render";
import { AffiliateWithdrawals } from "./AffiliateWithdrawals";

describe("AffiliateWithdrawals", () => {
  it("shows each withdrawal's reference, the one payout files and reports carry", async () => {
    const mocks = [
      {
        request: {
          query: AffiliateWithdrawalsDocument,
          variables: { affiliateId: "a7", first: 10, after: null },
        },
        result: {
          data: {
            affiliate: {
              __typename: "Affiliate",
              id: "a7",
              withdrawals: {
                __typename: "WithdrawalConnection",
                totalCount: 1,
                pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: "c1" },
                nodes: [
                  {
                    __typename: "Withdrawal",
                    id: "1042",
                    reference: "AH-W-1042",
                    amount: { __typename: "Money", amount: "15.00", currencyCode: "USD" },
                    status: "PENDING",
                    paymentMethod: "PAYPAL",
                    payoutAccount: "amy@allyhut.test",
                    requestedAt: "2026-11-03T10:00:00.000Z",
                    receiptNumber: null,
                    paidOn: null,
                    note: null,
                  },
                ],
              },
            },
          },
        },
      },
    ];
    renderWithProviders(
      <AffiliateWithdrawals affiliateId="a7" actionLabel={() => "Details"} onOpen={() => {}} />,
      { mocks },
    );
    const table = await screen.findByRole("table", { name: "Withdrawals" });
    const [header, row] = within(table).getAllByRole("row");
    const columns = within(header!)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    const cells = within(row!)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells[columns.indexOf("Reference")]).toBe("AH-W-1042");
  });
});
