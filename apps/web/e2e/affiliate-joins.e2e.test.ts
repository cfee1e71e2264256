import type { Browser } from "playwright-core";
import { launchChromium, newContext } from "./support/browser";
import {
  apiAs,
  COACH,
  expectAccessible,
  screenshot,
  settled,
  signIn,
  visible,
} from "./support/pages";

// A new person signs up, joins Demo Coaching, earns a commission and asks to withdraw.
const suffix = Date.now().toString(36);
const JIMMY = {
  name: `Jimmy Olsen ${suffix}`,
  email: `jimmy.${suffix}@dailyplanet.test`,
  password: "jimmy-olsen-1941",
};

/** A Decimal string of whole cents: 19900 → "199.00". */
const decimal = (cents: number): string =>
  `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
const dollars = (cents: number): string => `$${decimal(cents)}`;

/** An offer's commission on a sale: its percentage of the sale rounded half-up, or its flat amount. */
function commissionCents(
  offer: { commissionType: string; commissionValue: string },
  saleCents: number,
): number {
  const [whole = "0", fraction = ""] = offer.commissionValue.split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (offer.commissionType === "FLAT") return value;
  // value is the percentage in hundredths: sale × value / 10,000, half-up.
  return Math.floor((saleCents * value * 2 + 10_000) / 20_000);
}

describe("an affiliate joins and asks to withdraw", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs up, joins, is refused more than the balance and gets a Pending request the seller sees", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();

    await page.goto("/join/demo-coaching");
    await page.waitForURL(/\/login\?next=/);
    await visible(
      page.getByText("Sign in (or create an account) to join Demo Coaching's affiliate program."),
    );
    await screenshot(page, "sign-in-from-join-link");
    await page.getByRole("link", { name: "Create an account" }).click();
    await visible(
      page.getByText("Create an account (or sign in) to join Demo Coaching's affiliate program."),
    );
    await page.getByLabel("Name").fill(JIMMY.name);
    await page.getByLabel("Email").fill(JIMMY.email);
    await page.getByLabel(/^Password/).fill(JIMMY.password);
    await screenshot(page, "sign-up");
    await expectAccessible(page, "Sign up");
    await page.getByRole("button", { name: "Create account" }).click();

    // Back to the join link she followed.
    await page.waitForURL("**/join/demo-coaching");
    await visible(page.getByRole("heading", { name: "Join the Demo Coaching affiliate program" }));
    await screenshot(page, "join-program");
    await expectAccessible(page, "Join a program");
    await page.getByLabel("PayPal email").fill(JIMMY.email);
    await page.getByRole("button", { name: "Join the program" }).click();
    await page.waitForURL(/\/affiliate\/[^/]+$/);
    await visible(page.getByText("Nothing to withdraw right now"));

    await page
      .getByRole("button", { name: "Promote Bruce Wayne's Italian Cooking Masterclass" })
      .click();
    // Her own center shows each promoted offer as a card with what to share.
    await visible(page.getByRole("article", { name: "Bruce Wayne's Italian Cooking Masterclass" }));

    // The seller's checkout reports a referred sale (no UI does that: it is an API call).
    const coach = await apiAs(COACH);
    const { affiliates } = await coach.graphql<{
      affiliates: {
        nodes: {
          referralCode: string;
          offers: {
            offer: { id: string; name: string; commissionType: string; commissionValue: string };
          }[];
        }[];
      };
    }>(
      `query($search: String) { affiliates(search: $search) { nodes { referralCode
        offers { offer { id name commissionType commissionValue } } } } }`,
      {
        search: JIMMY.email,
      },
    );
    const jimmy = affiliates.nodes[0];
    const offer = jimmy?.offers[0]?.offer;
    expect(offer?.name).toBe("Bruce Wayne's Italian Cooking Masterclass");
    // What the offer's commission rule gives for this sale, worked out here.
    const SALE_CENTS = 19_900;
    const expectedCents = commissionCents(offer!, SALE_CENTS);
    const { recordSale } = await coach.graphql<{ recordSale: { amount: { amount: string } } }>(
      `mutation($input: RecordSaleInput!) { recordSale(input: $input) { id amount { amount } } }`,
      {
        input: {
          referralCode: jimmy?.referralCode,
          offerId: offer?.id,
          orderId: `e2e-${suffix}`,
          saleAmount: decimal(SALE_CENTS),
        },
      },
    );
    expect(recordSale.amount.amount).toBe(decimal(expectedCents));

    await page.reload();
    // Her whole balance is that commission: 10 % of $199.00 is $19.90.
    const availableText = dollars(expectedCents);
    expect(availableText).toBe("$19.90");
    const available = await visible(
      page.getByTestId("balance-available").filter({ hasText: availableText }),
    );
    expect((await available.first().textContent())?.trim()).toBe(availableText);
    const availableCents = expectedCents;

    const overBy1Cent = decimal(availableCents + 1);
    await page.getByLabel(/^Amount/).fill(overBy1Cent);
    await page.getByRole("button", { name: "Request withdrawal" }).click();
    await visible(page.getByText(`That is more than your available balance of ${availableText}`));
    await screenshot(page, "request-withdrawal-over-balance");

    await page.getByLabel(/^Amount/).fill("1.25");
    await page.getByRole("button", { name: "Request withdrawal" }).click();
    await visible(page.getByText("Withdrawal requested"));
    const myWithdrawals = page.getByRole("table", { name: "Withdrawals" });
    await visible(
      myWithdrawals.getByRole("row").filter({ hasText: "$1.25" }).filter({ hasText: "Pending" }),
    );
    // No stale figures: the cards moved by exactly $1.25.
    const expectedAvailable = dollars(availableCents - 125);
    await visible(page.getByTestId("balance-available").filter({ hasText: expectedAvailable }));
    await visible(page.getByTestId("balance-pending").filter({ hasText: "$1.25" }));
    await settled(page);
    await screenshot(page, "new-affiliate-center");
    await expectAccessible(page, "New affiliate's center");
    await context.close();

    const sellerContext = await newContext(browser);
    const seller = await sellerContext.newPage();
    await signIn(seller, COACH);
    await seller.goto("/seller/payouts?status=PENDING");
    await visible(
      seller
        .getByRole("table", { name: "Withdrawal requests" })
        .getByRole("row")
        .filter({ hasText: JIMMY.name })
        .filter({ hasText: "$1.25" }),
    );
    await sellerContext.close();
    await coach.api.dispose();
  });

  it("a mistyped join link says at once there is no such affiliate center, with a way back", async () => {
    const context = await newContext(browser, "phone");
    const page = await context.newPage();
    await page.goto("/join/demo-coachin");
    await page.waitForURL(/\/login\?next=/);
    await visible(page.getByRole("heading", { name: "No such affiliate center" }));
    expect(await page.getByRole("textbox").count()).toBe(0);
    await screenshot(page, "join-link-mistyped");
    await expectAccessible(page, "No such affiliate center");
    await page.getByRole("link", { name: "Sign in without joining" }).click();
    await visible(page.getByRole("heading", { name: "Sign in" }));
    await context.close();
  });

  it("the new affiliate also starts selling, and switches between the two", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, JIMMY.email, JIMMY.password);
    await page.goto("/welcome");
    await visible(page.getByRole("heading", { name: "Start selling" }));
    await settled(page);
    await screenshot(page, "welcome");
    await expectAccessible(page, "Welcome");

    await page.getByLabel(/^Business name/).fill(`Daily Planet Photo ${suffix}`);
    expect(
      await page
        .getByLabel(/^Program address/)
        .first()
        .inputValue(),
    ).toBe(`daily-planet-photo-${suffix}`);
    await page.getByRole("button", { name: "Create seller account" }).click();
    await page.waitForURL("**/seller/affiliates");
    await visible(page.getByText("No affiliates yet"));
    await screenshot(page, "new-seller-affiliates");
    await expectAccessible(page, "New seller's My Affiliates");

    // Both workspaces are in the navigation: switch to the affiliate center and back.
    await page.getByRole("link", { name: "Demo Coaching" }).click();
    await page.waitForURL(/\/affiliate\/[^/]+$/);
    await visible(page.getByTestId("balance-pending").filter({ hasText: "$1.25" }));
    await page.getByRole("link", { name: "Payouts" }).click();
    await visible(page.getByText("No withdrawals yet"));
    await context.close();
  });
});
