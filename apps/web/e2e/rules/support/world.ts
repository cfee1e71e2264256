import { CommissionType, PaymentMethod } from "@allyhut/schema";
import {
  CreateOfferDocument,
  CreateSellerDocument,
  JoinProgramDocument,
  PromoteOfferDocument,
  SignUpDocument,
} from "../../../src/gql/graphql";
import { ApiClient } from "./api";
import { newEmail, uniqueToken } from "./texts";

// The accounts a case needs, made through the API as the app would make them.

export interface Seller {
  client: ApiClient;
  slug: string;
}

export interface Affiliate {
  client: ApiClient;
  affiliateId: string;
}

/** A new user, signed in. */
export async function signedUpUser(): Promise<ApiClient> {
  const client = new ApiClient();
  const input = { name: "Rule Agreement", email: newEmail(), password: "rule-agreement-1" };
  await client.must(SignUpDocument, { input });
  return client;
}

/** A new user with a new USD seller. */
export async function newSeller(): Promise<Seller> {
  const client = await signedUpUser();
  const slug = `rules-${uniqueToken()}`;
  const input = { name: "Rule Agreement Co", slug, currencyCode: "USD" };
  await client.must(CreateSellerDocument, { input });
  return { client, slug };
}

/** An offer of the seller: 100.00, 50 % commission. */
export async function newOffer(seller: Seller): Promise<string> {
  const input = {
    name: `Offer ${uniqueToken()}`,
    price: "100.00",
    commissionType: CommissionType.PERCENTAGE,
    commissionValue: "50",
  };
  const { createOffer } = await seller.client.must(CreateOfferDocument, { input });
  return createOffer.id;
}

/** A new user who joined the seller's program (PayPal) and promotes the offer. */
export async function newAffiliate(seller: Seller, offerId: string): Promise<Affiliate> {
  const client = await signedUpUser();
  const join = { sellerSlug: seller.slug, paymentMethod: PaymentMethod.PAYPAL };
  const { joinAffiliateProgram } = await client.must(JoinProgramDocument, {
    input: { ...join, payoutAccount: newEmail() },
  });
  const affiliateId = joinAffiliateProgram.id;
  await client.must(PromoteOfferDocument, { input: { affiliateId, offerId } });
  return { client, affiliateId };
}

/** The seller's checkout reports a 100.00 sale the affiliate referred: 50.00 commission. */
export async function earnFifty(seller: Seller, affiliate: Affiliate, offerId: string) {
  const { affiliate: found } = await affiliate.client.must<
    { affiliate: { referralCode: string } },
    { id: string }
  >("query ($id: ID!) { affiliate(id: $id) { referralCode } }", { id: affiliate.affiliateId });
  const sale = {
    referralCode: found.referralCode,
    offerId,
    orderId: `order-${uniqueToken()}`,
    saleAmount: "100.00",
  };
  await seller.client.must(
    "mutation ($input: RecordSaleInput!) { recordSale(input: $input) { id } }",
    {
      input: sale,
    },
  );
}

/** The affiliate's available balance, as the Request a withdrawal form gets it. */
export async function availableOf(affiliate: Affiliate) {
  const { affiliate: found } = await affiliate.client.must<
    { affiliate: { balance: { available: { amount: string; currencyCode: string } } } },
    { id: string }
  >("query ($id: ID!) { affiliate(id: $id) { balance { available { amount currencyCode } } } }", {
    id: affiliate.affiliateId,
  });
  return found.balance.available;
}
