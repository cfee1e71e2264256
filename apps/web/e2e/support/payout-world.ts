import { apiClient, type ApiClient } from "./pages";

/** A new user, signed up and signed in: to set up a world the UI then works on. */
export async function signedUp(name: string, email: string, password: string): Promise<ApiClient> {
  const { api, graphql } = await apiClient();
  await graphql(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          id
        }
      }
    `,
    {
      input: { name, email, password },
    },
  );
  await graphql(
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          id
        }
      }
    `,
    {
      input: { email, password },
    },
  );
  return { api, graphql };
}

export interface PayoutWorld {
  seller: { email: string; password: string; name: string };
  /** The PENDING withdrawals, one per affiliate, with what each affiliate asked for. */
  withdrawals: { id: string; affiliateName: string; affiliateEmail: string; amount: string }[];
  dispose(): Promise<void>;
}

/**
 * A new seller with `affiliates` PayPal affiliates, each with a commission and one PENDING withdrawal:
 * payout day's starting point, apart from the demo data other tests rely on.
 */
export async function payoutWorld(suffix: string, affiliates: number): Promise<PayoutWorld> {
  const password = "payout-day-1941";
  const seller = {
    email: `payday.${suffix}@allyhut.test`,
    password,
    name: `Payday Coaching ${suffix}`,
  };
  const owner = await signedUp("Perry White", seller.email, password);
  const slug = `payday-${suffix}`;
  await owner.graphql(
    `mutation ($input: CreateSellerInput!) { createSeller(input: $input) { id } }`,
    {
      input: { name: seller.name, slug, currencyCode: "USD" },
    },
  );
  const { createOffer: offer } = await owner.graphql<{ createOffer: { id: string } }>(
    `mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
    {
      input: {
        name: "Deadline Mastery",
        price: "100.00",
        commissionType: "FLAT",
        commissionValue: "20.00",
      },
    },
  );
  const users: ApiClient[] = [owner];
  const withdrawals: PayoutWorld["withdrawals"] = [];
  for (let i = 1; i <= affiliates; i++) {
    const affiliateName = `Reporter ${i} ${suffix}`;
    const affiliateEmail = `reporter${i}.${suffix}@dailyplanet.test`;
    const user = await signedUp(affiliateName, affiliateEmail, password);
    users.push(user);
    const { joinAffiliateProgram: affiliate } = await user.graphql<{
      joinAffiliateProgram: { id: string; referralCode: string };
    }>(
      `mutation ($input: JoinAffiliateProgramInput!) { joinAffiliateProgram(input: $input) { id referralCode } }`,
      {
        input: {
          sellerSlug: slug,
          paymentMethod: "PAYPAL",
          payoutAccount: `reporter${i}.${suffix}@paypal.test`,
        },
      },
    );
    await user.graphql(
      `mutation ($input: PromoteOfferInput!) { promoteOffer(input: $input) { offer { id } } }`,
      {
        input: { affiliateId: affiliate.id, offerId: offer.id },
      },
    );
    await owner.graphql(
      `mutation ($input: RecordSaleInput!) { recordSale(input: $input) { id } }`,
      {
        input: {
          referralCode: affiliate.referralCode,
          offerId: offer.id,
          orderId: `payday-${suffix}-${i}`,
          saleAmount: "100.00",
        },
      },
    );
    const amount = `${10 + i}.00`;
    const { requestWithdrawal } = await user.graphql<{ requestWithdrawal: { id: string } }>(
      `mutation ($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) { id } }`,
      { input: { affiliateId: affiliate.id, amount } },
    );
    withdrawals.push({ id: requestWithdrawal.id, affiliateName, affiliateEmail, amount });
  }
  return {
    seller,
    withdrawals,
    dispose: async () => {
      await Promise.all(users.map((user) => user.api.dispose()));
    },
  };
}
