import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "../../test/render";
import { ImportPreview } from "./ImportPreview";
import type { ImportOutcomeStyle } from "./import-types";

// Not sales: the preview knows only what its props tell it.
interface PayoutLine {
  line: number;
  outcome: "PAID" | "UNKNOWN_WITHDRAWAL";
  reference: string;
}

const outcomes: Record<PayoutLine["outcome"], ImportOutcomeStyle> = {
  PAID: { label: "Will be paid", tone: "green", problem: false },
  UNKNOWN_WITHDRAWAL: { label: "Unknown withdrawal", tone: "red", problem: true },
};

const payoutLines = (count: number, problemEvery = 0): PayoutLine[] =>
  Array.from({ length: count }, (_, index) => ({
    line: index + 2,
    outcome: problemEvery && (index + 1) % problemEvery === 0 ? "UNKNOWN_WITHDRAWAL" : "PAID",
    reference: `PAY-${index + 2}`,
  }));

function renderPreview(lines: PayoutLine[], confirm = jest.fn()) {
  const startOver = jest.fn();
  const rendered = renderWithProviders(
    <ImportPreview
      lines={lines}
      lineNumberOf={(line) => line.line}
      outcomeOf={(line) => line.outcome}
      outcomes={outcomes}
      counts={[
        { label: "Lines", value: lines.length },
        { label: "To pay", value: lines.filter((l) => l.outcome === "PAID").length },
      ]}
      columns={[{ header: "Reference", cell: (line) => line.reference }]}
      confirm={{ label: "Pay 2 withdrawals", onConfirm: confirm }}
      startOver={{ label: "Choose another file", onStartOver: startOver }}
    />,
  );
  return { ...rendered, confirm, startOver };
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").slice(1);

describe("ImportPreview", () => {
  it("shows the counts, every line's outcome in words, and problems first", () => {
    renderPreview(payoutLines(3, 3));
    expect(screen.getByText("To pay").nextSibling).toHaveTextContent("2");
    const rows = rowsOf(screen.getByRole("table", { name: "Lines of the file" }));
    expect(rows.map((row) => row.textContent)).toEqual([
      "4Unknown withdrawalPAY-4",
      "2Will be paidPAY-2",
      "3Will be paidPAY-3",
    ]);
  });

  it("filters the lines to problems or one outcome", async () => {
    const { user } = renderPreview(payoutLines(3, 3));
    await user.click(screen.getByRole("combobox", { name: "Show" }));
    await user.click(screen.getByRole("option", { name: "Lines with problems (1)" }));
    let rows = rowsOf(screen.getByRole("table", { name: "Lines of the file" }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("Unknown withdrawal");

    await user.click(screen.getByRole("combobox", { name: "Show" }));
    await user.click(screen.getByRole("option", { name: "Will be paid (2)" }));
    rows = rowsOf(screen.getByRole("table", { name: "Lines of the file" }));
    expect(rows.map((row) => row.textContent)).toEqual([
      "2Will be paidPAY-2",
      "3Will be paidPAY-3",
    ]);
  });

  it("shows 50 lines a page", async () => {
    const { user } = renderPreview(payoutLines(120));
    const table = () => screen.getByRole("table", { name: "Lines of the file" });
    expect(rowsOf(table())).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: "Lines page 3" }));
    expect(rowsOf(table())).toHaveLength(20);
    expect(rowsOf(table())[0]).toHaveTextContent("PAY-102");
  });

  it("goes ahead with its confirm button, or starts over", async () => {
    const { user, confirm, startOver } = renderPreview(payoutLines(2));
    await user.click(screen.getByRole("button", { name: "Pay 2 withdrawals" }));
    expect(confirm).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Choose another file" }));
    expect(startOver).toHaveBeenCalledTimes(1);
  });

  it("shows each line as a card on a phone", () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...matchMedia(query), matches: true });
    try {
      renderPreview(payoutLines(2));
      const cards = within(screen.getByRole("list", { name: "Lines of the file" })).getAllByRole(
        "listitem",
      );
      expect(within(cards[0]!).getByText("Line 2")).toBeInTheDocument();
      expect(within(cards[0]!).getByText("Will be paid")).toBeInTheDocument();
      expect(within(cards[0]!).getByText("Reference").nextSibling).toHaveTextContent("PAY-2");
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
