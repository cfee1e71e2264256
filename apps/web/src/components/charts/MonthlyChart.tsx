import { Skeleton, Table, VisuallyHidden } from "@mantine/core";
import { lazy, Suspense } from "react";
import { formatMoney } from "../../lib/money";
import { monthLabel, monthlySummary, type MonthPoint } from "./monthly-data";

// recharts is large: it loads with the first chart, never with the first screen.
const MonthlyBarChart = lazy(() => import("./MonthlyBarChart"));

/**
 * Commissions and paid per month as bars, with its text alternative: an aria-label that sums it
 * up and a visually hidden table of every month with the same numbers.
 */
export function MonthlyChart({
  title,
  months,
  height = 240,
}: {
  title: string;
  months: MonthPoint[];
  height?: number;
}) {
  const currencyCode = months[0]?.commissions.currencyCode ?? "USD";
  return (
    <figure role="figure" aria-label={monthlySummary(title, months)} style={{ margin: 0 }}>
      <div aria-hidden="true">
        <Suspense fallback={<Skeleton h={height} />}>
          <MonthlyBarChart months={months} currencyCode={currencyCode} height={height} />
        </Suspense>
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Commissions</th>
              <th scope="col">Paid</th>
            </tr>
          </thead>
          <tbody>
            {months.map((point) => (
              <tr key={point.month}>
                <th scope="row">{monthLabel(point.month)}</th>
                <td>{formatMoney(point.commissions.amount, point.commissions.currencyCode)}</td>
                <td>{formatMoney(point.paid.amount, point.paid.currencyCode)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}
