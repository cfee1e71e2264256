import { screen, waitFor, within } from "@testing-library/react";
import { SetAffiliateStatusDocument } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test/render";
import { AffiliateStatusSwitch } from "./AffiliateStatusSwitch";

const statusSet = (status: string) => {
  const result = jest.fn(() => ({
    data: { setAffiliateStatus: { __typename: "Affiliate", id: "a1", status } },
  }));
  return {
    mock: {
      request: {
        query: SetAffiliateStatusDocument,
        variables: { input: { affiliateId: "a1", status } },
      },
      result,
    },
    result,
  };
};

const clark = (status: string) => ({ id: "a1", name: "Clark Kent", status });

describe("AffiliateStatusSwitch", () => {
  it("shows the status as its label and is named with the affiliate", () => {
    renderWithProviders(<AffiliateStatusSwitch affiliate={clark("ACTIVE")} />);
    expect(screen.getByText("Active")).toBeVisible();
    expect(screen.getByRole("switch", { name: "Active: Clark Kent" })).toBeChecked();
  });

  it("asks once before switching an affiliate off, saying what it means", async () => {
    const disable = statusSet("DISABLED");
    const { user } = renderWithProviders(<AffiliateStatusSwitch affiliate={clark("ACTIVE")} />, {
      mocks: [disable.mock],
    });
    await user.click(screen.getByRole("switch", { name: "Active: Clark Kent" }));
    let dialog = await screen.findByRole("dialog", { name: "Disable Clark Kent?" });
    expect(dialog).toHaveTextContent("can no longer promote your offers");
    expect(dialog).toHaveTextContent("no commission");
    expect(dialog).toHaveTextContent("What they have already earned stays theirs");
    await user.click(within(dialog).getByRole("button", { name: "Keep active" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(disable.result).not.toHaveBeenCalled();

    await user.click(screen.getByRole("switch", { name: "Active: Clark Kent" }));
    dialog = await screen.findByRole("dialog", { name: "Disable Clark Kent?" });
    await user.click(within(dialog).getByRole("button", { name: "Disable Clark Kent" }));
    await waitFor(() => expect(disable.result).toHaveBeenCalled());
  });

  it("switches a disabled affiliate back on without asking", async () => {
    const enable = statusSet("ACTIVE");
    const { user } = renderWithProviders(<AffiliateStatusSwitch affiliate={clark("DISABLED")} />, {
      mocks: [enable.mock],
    });
    const toggle = screen.getByRole("switch", { name: "Disabled: Clark Kent" });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(enable.result).toHaveBeenCalled());
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
