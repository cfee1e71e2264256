import { screen } from "@testing-library/react";
import { renderWithProviders } from "../test/render";
import { ExportCsvButton, exportHref } from "./ExportCsvButton";

describe("ExportCsvButton", () => {
  it("links to the export with the filters that are set", () => {
    renderWithProviders(
      <ExportCsvButton kind="withdrawals" filters={{ status: "PENDING", affiliateId: null }} />,
    );
    const link = screen.getByRole("link", { name: "Export CSV" });
    expect(link).toHaveAttribute("href", "/exports/withdrawals.csv?status=PENDING");
    expect(link).toHaveAttribute("download");
  });

  it("builds hrefs without empty filters, escaping values", () => {
    expect(exportHref("commissions")).toBe("/exports/commissions.csv");
    expect(exportHref("withdrawals", { status: "" })).toBe("/exports/withdrawals.csv");
    expect(
      exportHref("commissions", { affiliateId: "42", from: "2026-01-01", to: "2026-12-31" }),
    ).toBe("/exports/commissions.csv?affiliateId=42&from=2026-01-01&to=2026-12-31");
    expect(exportHref("withdrawals", { affiliateId: "a&b" })).toBe(
      "/exports/withdrawals.csv?affiliateId=a%26b",
    );
  });
});
