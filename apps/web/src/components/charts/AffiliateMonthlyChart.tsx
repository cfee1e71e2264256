import { useQuery } from "@apollo/client/react";
import { Skeleton } from "@mantine/core";
import { graphql } from "../../gql";
import { ErrorState } from "../QueryState";
import { MonthlyChart } from "./MonthlyChart";

export const AFFILIATE_CHART_MONTHS = 6;

export const AffiliateMonthlyQuery = graphql(`
  query AffiliateMonthly($id: ID!, $months: Int!) {
    affiliate(id: $id) {
      id
      monthly(months: $months) {
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

/** An affiliate's last six months, smaller: the overview and the affiliate center. */
export function AffiliateMonthlyChart({ affiliateId }: { affiliateId: string }) {
  const { data, error, refetch } = useQuery(AffiliateMonthlyQuery, {
    variables: { id: affiliateId, months: AFFILIATE_CHART_MONTHS },
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data?.affiliate) return <Skeleton h={160} aria-label="Loading the monthly totals…" />;
  return (
    <MonthlyChart
      title={`Last ${AFFILIATE_CHART_MONTHS} months`}
      months={data.affiliate.monthly}
      height={160}
    />
  );
}
