// Race 1 on the cluster: 25 concurrent requestWithdrawal of 1.00 on an available 10.00, spread over
// the three instances (so over the three Galera nodes). A fresh seller, offer and affiliate each
// run, made through the API, so the race starts from exactly 10.00 whatever ran before.
import { randomBytes } from "node:crypto";
import { GraphQLClient, REQUEST_WITHDRAWAL, errorCode } from "../faults/lib/graphql.mjs";
import { INSTANCES } from "./lib.mjs";

const PASSWORD = "cluster-race-password";
const REQUESTS = 25;

/** The data of an answer, or throws with its errors. */
async function data(client, query, variables) {
  const answer = await client.request(query, variables, { timeoutMs: 30_000 });
  if (answer.body.errors)
    throw new Error(`${query.split("(")[0]}: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data;
}

async function signUp(url, email, name) {
  const client = new GraphQLClient(url);
  await data(client, "mutation S($input: SignUpInput!) { signUp(input: $input) { id } }", {
    input: { email, name, password: PASSWORD },
  });
  return client;
}

/** A seller with no minimum payout, a FLAT 10.00 offer without hold, and one affiliate who earned it. */
export async function affiliateWithTenDollars(tag) {
  const url = INSTANCES[0].url;
  const seller = await signUp(url, `race-seller-${tag}@allyhut.test`, "Race Seller");
  await data(
    seller,
    "mutation C($input: CreateSellerInput!) { createSeller(input: $input) { id } }",
    {
      input: { name: `Race ${tag}`, slug: `race-${tag}` },
    },
  );
  await data(
    seller,
    "mutation M($input: UpdateSellerSettingsInput!) { updateSellerSettings(input: $input) { id } }",
    { input: { minimumPayout: "0" } },
  );
  const { createOffer: offer } = await data(
    seller,
    "mutation O($input: CreateOfferInput!) { createOffer(input: $input) { id } }",
    {
      input: {
        name: "Race offer",
        price: "50.00",
        commissionType: "FLAT",
        commissionValue: "10.00",
        holdDays: 0,
      },
    },
  );
  const affiliate = await signUp(url, `race-affiliate-${tag}@allyhut.test`, "Race Affiliate");
  const { joinAffiliateProgram: joined } = await data(
    affiliate,
    "mutation J($input: JoinAffiliateProgramInput!) { joinAffiliateProgram(input: $input) { id referralCode } }",
    {
      input: {
        sellerSlug: `race-${tag}`,
        paymentMethod: "PAYPAL",
        payoutAccount: `race-${tag}@paypal.test`,
      },
    },
  );
  await data(
    affiliate,
    "mutation P($input: PromoteOfferInput!) { promoteOffer(input: $input) { offer { id } } }",
    { input: { affiliateId: joined.id, offerId: offer.id } },
  );
  await data(seller, "mutation R($input: RecordSaleInput!) { recordSale(input: $input) { id } }", {
    input: {
      referralCode: joined.referralCode,
      offerId: offer.id,
      orderId: `race-${tag}-1`,
      saleAmount: "50.00",
    },
  });
  const { affiliate: balance } = await data(
    affiliate,
    "query B($id: ID!) { affiliate(id: $id) { balance { available { amount } } } }",
    { id: joined.id },
  );
  if (balance.balance.available.amount !== "10.00") {
    throw new Error(
      `the race affiliate has ${balance.balance.available.amount} available, not 10.00`,
    );
  }
  return {
    affiliateId: joined.id,
    email: `race-affiliate-${tag}@allyhut.test`,
    password: PASSWORD,
    seller,
    offerId: offer.id,
    referralCode: joined.referralCode,
  };
}

/** Runs the race; resolves with { affiliateId, accepted, refused (by code) }. */
export async function withdrawalRace(say) {
  const tag = randomBytes(4).toString("hex");
  const { affiliateId, email } = await affiliateWithTenDollars(tag);
  // One session per instance: each request goes straight to its instance, so to its own node.
  const clients = await Promise.all(
    INSTANCES.map((instance) => new GraphQLClient(instance.url).login(email, PASSWORD)),
  );
  say(
    `  affiliate ${affiliateId} (seller race-${tag}) has 10.00 available; ${REQUESTS} requests of 1.00 over ${INSTANCES.length} instances ...`,
  );
  const answers = await Promise.all(
    Array.from({ length: REQUESTS }, (_, n) =>
      clients[n % clients.length]
        .request(
          REQUEST_WITHDRAWAL,
          { input: { affiliateId, amount: "1.00" } },
          { timeoutMs: 30_000 },
        )
        .then((answer) => ({
          instance: INSTANCES[n % clients.length].name,
          code: errorCode(answer) ?? "ok",
          answer,
        })),
    ),
  );
  const refused = {};
  for (const a of answers) if (a.code !== "ok") refused[a.code] = (refused[a.code] ?? 0) + 1;
  const perInstance = {};
  for (const a of answers.filter((x) => x.code === "ok"))
    perInstance[a.instance] = (perInstance[a.instance] ?? 0) + 1;
  const odd = answers.find((a) => a.code !== "ok" && a.code !== "INSUFFICIENT_FUNDS");
  return {
    affiliateId,
    accepted: answers.filter((a) => a.code === "ok").length,
    refused,
    perInstance,
    oddAnswer: odd ? JSON.stringify(odd.answer.body.errors) : null,
  };
}
