import { exampleTabs } from "./examples";
import type { PlaygroundContext } from "./playground-context";

const options = { today: "2026-12-02", uniqueSuffix: "abc123" };
const signedOut: PlaygroundContext = {
  viewer: null,
  seller: null,
  sale: null,
  firstAffiliate: null,
  pendingWithdrawal: null,
  membership: null,
};
const coach: PlaygroundContext = {
  viewer: { id: "7", name: "New Coach", email: "new@coach.test" },
  seller: { id: "3", name: "New Coaching", slug: "new-coaching" },
  sale: {
    referralCode: "LOIS-42",
    affiliateName: "Lois Lane",
    offerId: "11",
    offerName: "Knife Skills",
    price: "49.00",
    shownPrice: "$49.00",
  },
  firstAffiliate: { id: "5", name: "Lois Lane" },
  pendingWithdrawal: { id: "w9", amount: "$3.00", affiliateName: "Lois Lane" },
  membership: null,
};
const affiliate: PlaygroundContext = {
  ...signedOut,
  viewer: { id: "8", name: "Amy Affiliate", email: "amy@allyhut.test" },
  membership: { affiliateId: "a8", sellerName: "Demo Coaching", available: "$12.00" },
};

const operationOf = (query: string) => query.replace(/^#.*\n/gm, "");
/** The comment above the operation, its wrapped lines joined again. */
const commentOf = (query: string) =>
  (query.match(/^(#.*\n)+/)?.[0] ?? "").replace(/\n# /g, " ").trim();
const variablesOf = (tab: { variables?: string }) =>
  tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {};

describe("the playground's examples", () => {
  it.each([
    ["signed out", signedOut],
    ["a seller", coach],
    ["an affiliate", affiliate],
  ])("never sign anyone in or out, for %s", (_who, context) => {
    for (const tab of exampleTabs(context, options)) {
      expect(operationOf(tab.query)).not.toMatch(/\b(login|logout|signUp|signIn)\b/i);
    }
  });

  it("open on `me`, naming the signed-in user and their ids", () => {
    const [first] = exampleTabs(coach, options);
    expect(first?.query).toMatch(/^# 1\. Who you are: New Coach \(new@coach\.test\), user 7\./);
    expect(operationOf(first?.query ?? "")).toMatch(/^query Me \{\n {2}me \{/);
  });

  it("say in their first lines whether they change data, and mean it", () => {
    for (const tab of [...exampleTabs(coach, options), ...exampleTabs(affiliate, options)]) {
      const changes = /^mutation /m.test(operationOf(tab.query));
      expect(commentOf(tab.query)).toMatch(changes ? / CHANGES DATA: / : / Read-only: /);
      for (const line of tab.query.split("\n").filter((text) => text.startsWith("#"))) {
        expect(line.length).toBeLessThanOrEqual(58);
      }
    }
  });

  it("offer only read-only examples when signed out", () => {
    const tabs = exampleTabs(signedOut, options);
    expect(tabs.length).toBeGreaterThan(0);
    for (const tab of tabs) expect(operationOf(tab.query)).toMatch(/^query /);
  });

  it("put every value in the variables, filled from the seller's own data", () => {
    const tabs = exampleTabs(coach, options);
    for (const tab of tabs) expect(operationOf(tab.query)).not.toMatch(/"[^"]*"/);
    const recordSale = tabs.find((tab) => tab.query.includes("mutation RecordSale"));
    expect(commentOf(recordSale?.query ?? "")).toContain(
      "Knife Skills at its price, $49.00, referred by Lois Lane",
    );
    expect(variablesOf(recordSale ?? {})).toEqual({
      referralCode: "LOIS-42",
      offerId: "11",
      orderId: "playground-abc123",
      saleAmount: "49.00",
    });
    const process = tabs.find((tab) => tab.query.includes("mutation ProcessWithdrawal"));
    expect(variablesOf(process ?? {})).toMatchObject({ withdrawalId: "w9", status: "PENDING" });
  });

  it("give an affiliate their own affiliate id", () => {
    const tabs = exampleTabs(affiliate, options);
    expect(tabs.map((tab) => variablesOf(tab).affiliateId).filter(Boolean)).toEqual(["a8", "a8"]);
    expect(tabs.some((tab) => tab.query.includes("affiliates("))).toBe(false);
  });

  it("leave out what the user has no data for", () => {
    const tabs = exampleTabs({ ...coach, sale: null, pendingWithdrawal: null }, options);
    expect(tabs.map((tab) => tab.query.match(/^(query|mutation) (\w+)/m)?.[2])).toEqual([
      "Me",
      "MyAffiliates",
      "Payouts",
    ]);
  });
});
