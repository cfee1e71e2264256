import { fireEvent, screen } from "@testing-library/react";
import { renderWithProviders } from "../test/render";
import { ScrollTable } from "./ScrollTable";

// jsdom lays nothing out: say how wide the table is and how wide its card.
function laidOut(tableWidth: number, cardWidth: number) {
  jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(tableWidth);
  jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(cardWidth);
}

afterEach(() => jest.restoreAllMocks());

const table = (
  <ScrollTable label="Offers" minWidth={480}>
    <table aria-label="Offers" />
  </ScrollTable>
);

describe("ScrollTable", () => {
  it("says it scrolls sideways and shades the side with more columns", () => {
    laidOut(480, 343);
    renderWithProviders(table);
    const region = screen.getByRole("region", { name: "Offers" });
    expect(region).toHaveAccessibleDescription("Scroll sideways for more columns");
    expect(region).toHaveAttribute("tabindex", "0");
    expect(screen.getByTestId("more-right")).toBeInTheDocument();
    expect(screen.queryByTestId("more-left")).not.toBeInTheDocument();

    region.scrollLeft = 137;
    fireEvent.scroll(region);
    expect(screen.getByTestId("more-left")).toBeInTheDocument();
    expect(screen.queryByTestId("more-right")).not.toBeInTheDocument();
  });

  it("says nothing when the whole table fits", () => {
    laidOut(900, 900);
    renderWithProviders(table);
    expect(screen.getByRole("region", { name: "Offers" })).not.toHaveAttribute("aria-describedby");
    expect(screen.queryByText(/Scroll sideways/)).not.toBeInTheDocument();
    expect(screen.queryByTestId("more-right")).not.toBeInTheDocument();
  });
});
