import { screen, within } from "@testing-library/react";
import { AffiliateMonthlyDocument } from "../../gql/graphql";
import { monthTotal, payoutMonthlyMock } from "../../test/monthly-mock";
import { renderWithProviders } from "../../test/render";
import { AffiliateMonthlyChart } from "./AffiliateMonthlyChart";
import { MonthlyChart } from "./MonthlyChart";
import { PayoutMonthlyChart } from "./PayoutMonthlyChart";

// The drawing (recharts) is not what these tests read: its text alternative is.
jest.mock("./MonthlyBarChart", () => ({
  __esModule: true,
  default: () => <div data-testid="bars" />,
}));

const months = [
  monthTotal("2026-01", "1200.50", "0.00"),
  monthTotal("2026-02", "0.00", "0.00"),
  monthTotal("2026-03", "99.95", "1000.00"),
];

describe("MonthlyChart", () => {
  it("has a summary for its label and a table of every month with the same numbers", async () => {
    renderWithProviders(<MonthlyChart title="Last 3 months" months={months} />);
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAccessibleName(
      "Last 3 months, Jan 2026 to Mar 2026: commissions $1,300.45, paid $1,000.00. Most commissions in Jan 2026: $1,200.50.",
    );
    const table = within(figure).getByRole("table", { name: "Last 3 months" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "MonthCommissionsPaid",
      "Jan 2026$1,200.50$0.00",
      "Feb 2026$0.00$0.00",
      "Mar 2026$99.95$1,000.00",
    ]);
    expect(await screen.findByTestId("bars")).toBeInTheDocument();
  });

  it("says so when nothing happened", () => {
    renderWithProviders(<MonthlyChart title="Last 3 months" months={months.slice(1, 2)} />);
    expect(screen.getByRole("figure")).toHaveAccessibleName(
      "Last 3 months, Feb 2026 to Feb 2026: commissions $0.00, paid $0.00.",
    );
  });

  it("Payouts: the seller's 12 months from payoutSummary.monthly", async () => {
    renderWithProviders(<PayoutMonthlyChart />, { mocks: [payoutMonthlyMock(months)] });
    const table = await screen.findByRole("table", { name: "Last 12 months" });
    expect(within(table).getByRole("row", { name: /Mar 2026/ })).toHaveTextContent(
      "Mar 2026$99.95$1,000.00",
    );
  });

  it("an affiliate's six months from Affiliate.monthly", async () => {
    const mocks = [
      {
        request: { query: AffiliateMonthlyDocument, variables: { id: "a1", months: 6 } },
        result: { data: { affiliate: { __typename: "Affiliate", id: "a1", monthly: months } } },
      },
    ];
    renderWithProviders(<AffiliateMonthlyChart affiliateId="a1" />, { mocks });
    const table = await screen.findByRole("table", { name: "Last 6 months" });
    expect(within(table).getAllByRole("row")).toHaveLength(4);
  });
});
