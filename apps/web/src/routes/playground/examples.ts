import { todayLocalDate } from "../../lib/dates";
import { toTabs, type Example, type ExampleTab } from "./example";
import { affiliateExamples } from "./affiliate-examples";
import type { PlaygroundContext } from "./playground-context";
import { sellerExamples } from "./seller-examples";

/** What the examples need besides the user's data; fixed in tests. */
export interface ExampleOptions {
  today: string;
  /** A fresh order id or idempotency key for each visit, so running an example again is safe. */
  uniqueSuffix: string;
}

const defaultOptions = (): ExampleOptions => ({
  today: todayLocalDate(),
  uniqueSuffix: Date.now().toString(36),
});

const meExample = (viewer: NonNullable<PlaygroundContext["viewer"]>): Example => ({
  title: `Who you are: ${viewer.name} (${viewer.email}), user ${viewer.id}.`,
  notes: [
    "Every tab runs as you, with this browser's session: sign in as someone else in the app.",
  ],
  operation: `
query Me {
  me {
    id
    name
    email
    seller { id name slug currencyCode }
    affiliateAccounts { id status referralCode seller { name slug } }
  }
}`,
});

// Signed out, only what needs no account: nothing here can sign anyone in or change anything.
const signedOutExamples: Example[] = [
  {
    title: "An affiliate center's public page: its name, currency and minimum payout.",
    notes: ["Sign in to AllyHut first (/login) for examples with your own data."],
    operation: `
query AffiliateCenter($slug: String!) {
  sellerBySlug(slug: $slug) {
    name
    slug
    currencyCode
    minimumPayout { amount currencyCode }
  }
}`,
    variables: { slug: "demo-coaching" },
  },
  {
    title: "Who is signed in: null until you sign in to AllyHut.",
    operation: `
query Me {
  me { id name }
}`,
  },
];

/** The playground's tabs: `me` first, then the seller's and the affiliate's examples, all as you. */
export function exampleTabs(
  context: PlaygroundContext,
  options: ExampleOptions = defaultOptions(),
): ExampleTab[] {
  if (!context.viewer) return toTabs(signedOutExamples);
  return toTabs([
    meExample(context.viewer),
    ...sellerExamples(context, options),
    ...affiliateExamples(context, options),
  ]);
}
