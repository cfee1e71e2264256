import { screen, waitFor, within } from "@testing-library/react";
import { MyAffiliatesDocument } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { COACH_ACADEMY, viewerMock } from "../../../test/viewer-mock";
import { AffiliatesPage } from "./AffiliatesPage";
import { AFFILIATES_PAGE_SIZE } from "./affiliates-queries";

const money = (amount: string) => ({ __typename: "Money", amount, currencyCode: "USD" });

function affiliate(id: string, name: string) {
  return {
    __typename: "Affiliate",
    id,
    name,
    email: `${id}@allyhut.test`,
    status: "ACTIVE",
    salesCount: 3,
    commissionTotal: money("59.70"),
    pendingWithdrawalCount: 2,
    balance: { __typename: "AffiliateBalance", pending: money("5.00") },
    offers: [],
  };
}

function page(nodes: object[], endCursor: string | null, hasNextPage: boolean, totalCount = 3) {
  return {
    data: {
      affiliates: {
        __typename: "AffiliateConnection",
        totalCount,
        pageInfo: { __typename: "PageInfo", hasNextPage, endCursor },
        nodes,
      },
    },
  };
}

const viewer = viewerMock({ seller: COACH_ACADEMY });

const variables = (overrides: object = {}) => ({
  first: AFFILIATES_PAGE_SIZE,
  after: null,
  search: null,
  status: null,
  orderBy: { field: "JOINED_AT", direction: "DESC" },
  ...overrides,
});

describe("AffiliatesPage", () => {
  it("pages forward with the end cursor and back again", async () => {
    const mocks = [
      viewer,
      {
        request: { query: MyAffiliatesDocument, variables: variables() },
        result: page(
          [affiliate("a1", "Clark Kent"), affiliate("a2", "Lois Lane")],
          "cursor-2",
          true,
        ),
      },
      {
        request: { query: MyAffiliatesDocument, variables: variables({ after: "cursor-2" }) },
        result: page([affiliate("a3", "Bruce Wayne")], "cursor-3", false),
      },
    ];
    const { user } = renderWithProviders(<AffiliatesPage />, { mocks });
    const table = await screen.findByRole("table", { name: "Affiliates" });
    expect(within(table).getByText("Clark Kent")).toBeInTheDocument();
    expect(within(table).getAllByText("$5.00")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Bruce Wayne")).toBeInTheDocument();
    expect(screen.queryByText("Clark Kent")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByText("Clark Kent")).toBeInTheDocument();
  });

  it("searches from the first page and says when nothing matches", async () => {
    const mocks = [
      viewer,
      {
        request: { query: MyAffiliatesDocument, variables: variables() },
        result: page([affiliate("a1", "Clark Kent")], "cursor-1", false, 1),
      },
      {
        request: { query: MyAffiliatesDocument, variables: variables({ search: "zzz" }) },
        result: page([], null, false, 0),
      },
    ];
    const { user } = renderWithProviders(<AffiliatesPage />, { mocks });
    await screen.findByText("Clark Kent");
    await user.type(screen.getByLabelText("Search"), "zzz");
    expect(await screen.findByText("No affiliates match")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("?q=zzz"));
  });

  it("shows the join link above the list, with a copy button that says Copied", async () => {
    const mocks = [
      viewer,
      {
        request: { query: MyAffiliatesDocument, variables: variables() },
        result: page([affiliate("a1", "Clark Kent")], null, false, 1),
      },
    ];
    const { user } = renderWithProviders(<AffiliatesPage />, { mocks });
    const link = await screen.findByLabelText("Your program's join link");
    expect(link).toHaveValue(`${window.location.origin}/join/coach-academy`);
    await user.click(screen.getByRole("button", { name: "Copy join link" }));
    expect(screen.getByRole("button", { name: "Copied join link" })).toHaveTextContent("Copied");
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/join/coach-academy`,
    );
  });

  it("puts the join link in the empty state while nobody has joined", async () => {
    const mocks = [
      viewer,
      {
        request: { query: MyAffiliatesDocument, variables: variables() },
        result: page([], null, false, 0),
      },
    ];
    renderWithProviders(<AffiliatesPage />, { mocks });
    expect(await screen.findByText("No affiliates yet")).toBeInTheDocument();
    expect(
      screen.getByText("Share your program's join link: affiliates who join appear here."),
    ).toBeInTheDocument();
    expect(await screen.findAllByRole("button", { name: "Copy join link" })).toHaveLength(1);
  });
});
