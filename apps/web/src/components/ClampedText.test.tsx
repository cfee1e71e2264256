import { screen } from "@testing-library/react";
import { renderWithProviders } from "../test/render";
import { ClampedText } from "./ClampedText";

// jsdom lays nothing out: a text is "cut" when its box is said to be shorter than its content.
function laidOut(contentHeight: number, boxHeight: number) {
  jest.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockReturnValue(contentHeight);
  jest.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(boxHeight);
}

afterEach(() => jest.restoreAllMocks());

describe("ClampedText", () => {
  it("cuts a long note to a few lines and shows it all on Show more", async () => {
    laidOut(2000, 60);
    const note = "Paid by PayPal. ".repeat(125);
    const { user } = renderWithProviders(<ClampedText text={note} />);
    const more = screen.getByRole("button", { name: "Show more" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    const text = screen.getByText(note.trim());
    expect(text).toHaveAttribute("data-line-clamp");
    await user.click(more);
    expect(screen.getByRole("button", { name: "Show less" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(text).not.toHaveAttribute("data-line-clamp");
  });

  it("offers nothing to expand when the note fits", () => {
    laidOut(40, 60);
    renderWithProviders(<ClampedText text="Paid Friday." />);
    expect(screen.getByText("Paid Friday.")).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });
});
