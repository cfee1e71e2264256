// The chart itself, with recharts under it: loaded only when a chart is shown (see MonthlyChart).
import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { chartMonths, formatChartCents, type MonthPoint } from "./monthly-data";

export interface MonthlyBarChartProps {
  months: MonthPoint[];
  currencyCode: string;
  height: number;
}

export default function MonthlyBarChart({ months, currencyCode, height }: MonthlyBarChartProps) {
  return (
    <BarChart
      h={height}
      data={chartMonths(months)}
      dataKey="label"
      series={[
        { name: "commissions", label: "Commissions", color: "teal.7" },
        { name: "paid", label: "Paid", color: "blue.7" },
      ]}
      valueFormatter={(cents) => formatChartCents(cents, currencyCode)}
      withLegend
      tickLine="y"
      // The table beside it is the accessible version; the drawing is not focusable.
      barChartProps={{ accessibilityLayer: false }}
    />
  );
}
