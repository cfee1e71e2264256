import { Button } from "@mantine/core";

export type ExportKind = "withdrawals" | "commissions";

export interface ExportFilters {
  status?: string | null;
  affiliateId?: string | null;
  /** Inclusive UTC dates, "YYYY-MM-DD". */
  from?: string | null;
  to?: string | null;
}

/** The export's URL with the filters that are set; the session cookie goes along with the link. */
export function exportHref(kind: ExportKind, filters: ExportFilters = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, value);
  const query = search.toString();
  return `/exports/${kind}.csv${query ? `?${query}` : ""}`;
}

/** A plain download link styled as a button: the server names the file (slug and dates). */
export function ExportCsvButton({
  kind,
  filters,
  label = "Export CSV",
}: {
  kind: ExportKind;
  filters?: ExportFilters;
  label?: string;
}) {
  return (
    <Button component="a" href={exportHref(kind, filters)} download variant="default" size="sm">
      {label}
    </Button>
  );
}
