import type { MockLink } from "@apollo/client/testing";
import { PayoutMonthlyDocument } from "../gql/graphql";

const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });

/** MonthTotal values as the API answers them. */
export const monthTotal = (month: string, commissions: string, paid: string) => ({
  __typename: "MonthTotal",
  month,
  commissions: money(commissions),
  paid: money(paid),
});

/** The Payouts chart's query answered (by default: 12 idle months of 2026). */
export function payoutMonthlyMock(
  months = Array.from({ length: 12 }, (_, i) =>
    monthTotal(`2026-${String(i + 1).padStart(2, "0")}`, "0.00", "0.00"),
  ),
): MockLink.MockedResponse {
  return {
    request: { query: PayoutMonthlyDocument },
    result: { data: { payoutSummary: { __typename: "PayoutSummary", monthly: months } } },
  };
}
