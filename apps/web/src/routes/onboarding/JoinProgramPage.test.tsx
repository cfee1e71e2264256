import { screen } from "@testing-library/react";
import { JoinPageSellerDocument } from "../../gql/graphql";
import { renderWithProviders } from "../../test/render";
import { COACH_ACADEMY, viewerMock } from "../../test/viewer-mock";
import { JoinProgramPage } from "./JoinProgramPage";

const sellerNamed = (name: string, slug: string) => ({ ...COACH_ACADEMY, name, slug });

const viewer = (options: { seller?: ReturnType<typeof sellerNamed> } = {}) =>
  viewerMock({ name: "Lois Lane", email: "lois@allyhut.test", seller: options.seller ?? null });

const face = (slug: string, found: { name: string; minimum?: string } | null) => ({
  request: { query: JoinPageSellerDocument, variables: { slug } },
  result: {
    data: {
      sellerBySlug: found && {
        __typename: "PublicSeller",
        name: found.name,
        slug,
        minimumPayout: {
          __typename: "Money",
          amount: found.minimum ?? "0.00",
          currencyCode: "USD",
        },
      },
    },
  },
});

const at = (slug: string) => ({ route: `/join/${slug}`, path: "/join/:sellerSlug" });

describe("JoinProgramPage", () => {
  it("names the seller and offers the form", async () => {
    renderWithProviders(<JoinProgramPage />, {
      ...at("demo-coaching"),
      mocks: [viewer(), face("demo-coaching", { name: "Demo Coaching" })],
    });
    expect(
      await screen.findByRole("heading", { name: "Join the Demo Coaching affiliate program" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "Join the program" })).toBeInTheDocument();
  });

  it("names the seller's minimum payout, if it has one", async () => {
    renderWithProviders(<JoinProgramPage />, {
      ...at("pasta-school"),
      mocks: [viewer(), face("pasta-school", { name: "Pasta School", minimum: "25.00" })],
    });
    expect(
      await screen.findByText(/Withdrawals start at \$25\.00 \(the minimum payout\)/),
    ).toBeInTheDocument();
  });

  it("says there is no such affiliate center for an unknown slug, with no form", async () => {
    renderWithProviders(<JoinProgramPage />, {
      ...at("demo-coachin"),
      mocks: [viewer(), face("demo-coachin", null)],
    });
    expect(
      await screen.findByRole("heading", { name: "No such affiliate center" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/There is no affiliate center at “demo-coachin”/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("tells a seller on their own join page that they cannot join it", async () => {
    renderWithProviders(<JoinProgramPage />, {
      ...at("demo-coaching"),
      mocks: [
        viewer({ seller: sellerNamed("Demo Coaching", "demo-coaching") }),
        face("demo-coaching", { name: "Demo Coaching" }),
      ],
    });
    expect(await screen.findByText(/This is your own affiliate center/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });
});
