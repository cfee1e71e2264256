import { screen, within } from "@testing-library/react";
import { makeFragmentData } from "../../../gql";
import { renderWithProviders } from "../../../test/render";
import { AffiliatesTable, AffiliatesTable_affiliate } from "./AffiliatesTable";

const money = (amount: string) => ({ __typename: "Money" as const, amount, currencyCode: "USD" });
const clark = makeFragmentData(
  {
    __typename: "Affiliate",
    id: "a1",
    name: "Clark Kent",
    email: "clark@allyhut.test",
    status: "ACTIVE",
    salesCount: 3,
    commissionTotal: money("59.70"),
    pendingWithdrawalCount: 2,
    balance: { __typename: "AffiliateBalance", pending: money("5.00") },
    offers: [],
  } as never,
  AffiliatesTable_affiliate,
);

describe("AffiliatesTable", () => {
  it("opens an affiliate by name, and switches the status with a labelled switch", () => {
    renderWithProviders(
      <AffiliatesTable affiliates={[clark]} sort={{ field: "NAME", direction: "ASC" }} />,
    );
    const row = within(screen.getByRole("table", { name: "Affiliates" }))
      .getAllByRole("row")
      .find((candidate) => candidate.textContent?.includes("Clark Kent"));
    expect(row).toBeDefined();
    const rowQueries = within(row as HTMLElement);
    expect(rowQueries.getByRole("link", { name: "Clark Kent" })).toHaveAttribute(
      "href",
      "/seller/affiliates/a1",
    );
    expect(rowQueries.getByRole("switch", { name: "Active: Clark Kent" })).toBeChecked();
    expect(rowQueries.queryByRole("link", { name: /Options/ })).not.toBeInTheDocument();
    expect(rowQueries.queryByRole("button")).not.toBeInTheDocument();
  });
});
