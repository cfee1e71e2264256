import { useQuery } from "@apollo/client/react";
import { Skeleton } from "@mantine/core";
import { graphql } from "../../gql";
import { ErrorState } from "../QueryState";
import { MonthlyChart } from "./MonthlyChart";

export const PayoutMonthlyQuery = graphql(`
  query PayoutMonthly {
    payoutSummary {
      monthly(months: 12) {
        month
        commissions {
          amount
          currencyCode
        }
        paid {
          amount
          currencyCode
        }
      }
    }
  }
`);

/** Payouts: the seller's last 12 months, commissions against what was paid. */
export function PayoutMonthlyChart() {
  const { data, error, refetch } = useQuery(PayoutMonthlyQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton h={240} aria-label="Loading the monthly totals…" />;
  return <MonthlyChart title="Last 12 months" months={data.payoutSummary.monthly} />;
}
