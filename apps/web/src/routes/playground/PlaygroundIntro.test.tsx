import { screen } from "@testing-library/react";
import { renderWithProviders } from "../../test/render";
import { PlaygroundIntro } from "./PlaygroundIntro";

describe("PlaygroundIntro", () => {
  it("asks a signed-out visitor to sign in first, and brings them back", () => {
    renderWithProviders(<PlaygroundIntro viewer={null} />);
    expect(screen.getByText("Sign in first")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in to AllyHut" })).toHaveAttribute(
      "href",
      "/login?next=%2Fplayground",
    );
  });

  it("says whom the playground acts as", () => {
    renderWithProviders(
      <PlaygroundIntro viewer={{ id: "7", name: "New Coach", email: "new@coach.test" }} />,
    );
    expect(screen.getByText(/Acting as/)).toHaveTextContent(
      "Acting as New Coach (new@coach.test). Examples that change data say so in their first lines.",
    );
  });
});
