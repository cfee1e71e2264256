import { render } from "@testing-library/react";
import { BreakableAddress } from "./BreakableAddress";

describe("BreakableAddress", () => {
  it("offers a line break after every @ and . and nowhere else", () => {
    const address = "clark.kent.extremely.long.address@dailyplanet-newsroom.test";
    const { container } = render(<BreakableAddress address={address} />);
    const span = container.firstElementChild as HTMLElement;
    expect(span.textContent).toBe(address);
    expect(span.innerHTML).toBe(
      "clark.<wbr>kent.<wbr>extremely.<wbr>long.<wbr>address@<wbr>dailyplanet-newsroom.<wbr>test",
    );
  });

  it("leaves an address without @ or . whole, and escapes what it shows", () => {
    const { container } = render(<BreakableAddress address="DE89 3704 <b>x</b>" />);
    expect(container.querySelectorAll("wbr")).toHaveLength(0);
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toBe("DE89 3704 <b>x</b>");
  });

  it("adds no <wbr> after the last character, even a dot", () => {
    const { container } = render(<BreakableAddress address=".a..b." />);
    expect(container.firstElementChild?.innerHTML).toBe(".<wbr>a.<wbr>.<wbr>b.");
  });
});
