import { AffiliateStatus, CommissionType, PaymentMethod, WithdrawalStatus } from "@allyhut/schema";
import type { OfferModel } from "@allyhut/schema/domain";

// The demo story `npm start` loads into an empty database (DESIGN, "Demo data"). Times are days before
// the seeding moment, so the demo always looks recent; running totals are computed from these rows.

export const DEMO_PASSWORD = "allyhut-demo";

export interface DemoUser {
  name: string;
  email: string;
}

/** An offer of the demo catalogue (a null url shows an offer whose page is not set yet). */
export type DemoOffer = { key: string; holdDays?: number } & Omit<
  OfferModel,
  "id" | "sellerId" | "currencyCode" | "holdDays"
>;

/** A referred sale of `offer`, `daysAgo`; refunded `reversedDaysAgo` if given. */
export interface DemoSale {
  offer: string;
  daysAgo: number;
  reversedDaysAgo?: number;
}

/** A decision (or, for a PENDING one, a note) by the seller, `daysAgo`. */
export interface DemoDecision {
  daysAgo: number;
  receiptNumber?: string;
  note?: string;
}

export interface DemoWithdrawal {
  amountCents: number;
  daysAgo: number;
  status: WithdrawalStatus;
  decision?: DemoDecision;
}

export interface DemoAffiliate {
  user: DemoUser;
  status: AffiliateStatus;
  referralCode: string;
  paymentMethod: PaymentMethod;
  payoutAccount: string;
  joinedDaysAgo: number;
  promotes: string[];
  sales: DemoSale[];
  withdrawals: DemoWithdrawal[];
}

export interface DemoSeller {
  owner: DemoUser;
  name: string;
  slug: string;
  currencyCode: string;
  offers: DemoOffer[];
  affiliates: DemoAffiliate[];
}

const { ACTIVE, DISABLED } = AffiliateStatus;
const { PENDING, APPROVED, REJECTED } = WithdrawalStatus;
const { PAYPAL, BANK_TRANSFER } = PaymentMethod;
const { PERCENTAGE, FLAT } = CommissionType;

const sales = (offer: string, ...daysAgo: number[]): DemoSale[] =>
  daysAgo.map((days) => ({ offer, daysAgo: days }));

export const DEMO_COACH: DemoUser = { name: "Demo Coach", email: "coach@allyhut.test" };
export const CLARK_KENT: DemoUser = { name: "Clark Kent", email: "clark@allyhut.test" };

export const DEMO_SELLERS: DemoSeller[] = [
  {
    owner: DEMO_COACH,
    name: "Demo Coaching",
    slug: "demo-coaching",
    currencyCode: "USD",
    offers: [
      {
        key: "masterclass",
        name: "Bruce Wayne's Italian Cooking Masterclass",
        priceCents: 19_900,
        commissionType: PERCENTAGE,
        commissionValueHundredths: 1_000,
        active: true,
        url: "https://demo-coaching.example.com/masterclass",
      },
      {
        key: "knives",
        name: "Knife Skills Crash Course",
        priceCents: 4_900,
        commissionType: FLAT,
        commissionValueHundredths: 500,
        active: true,
        url: "https://demo-coaching.example.com/knife-skills",
      },
      {
        key: "pasta",
        name: "Fresh Pasta From Scratch Workshop",
        priceCents: 7_900,
        commissionType: PERCENTAGE,
        commissionValueHundredths: 1_500,
        active: true,
        url: null,
      },
      {
        key: "holiday",
        name: "Holiday Baking Special (retired)",
        priceCents: 2_900,
        commissionType: FLAT,
        commissionValueHundredths: 300,
        active: false,
        url: null,
      },
    ],
    affiliates: [
      {
        user: CLARK_KENT,
        status: ACTIVE,
        referralCode: "CLARKKENT",
        paymentMethod: PAYPAL,
        payoutAccount: "clark.kent@dailyplanet.test",
        joinedDaysAgo: 60,
        promotes: ["masterclass"],
        sales: sales("masterclass", 45, 33, 24),
        withdrawals: [
          {
            amountCents: 2_500,
            daysAgo: 20,
            status: APPROVED,
            decision: {
              daysAgo: 18,
              receiptNumber: "PP-4KX81920",
              note: "Paid via PayPal. Thanks!",
            },
          },
          { amountCents: 300, daysAgo: 3, status: PENDING },
          { amountCents: 200, daysAgo: 1, status: PENDING },
        ],
      },
      {
        user: { name: "Lois Lane", email: "lois@allyhut.test" },
        status: ACTIVE,
        referralCode: "LOISLANE",
        paymentMethod: PAYPAL,
        payoutAccount: "lois.lane@dailyplanet.test",
        joinedDaysAgo: 58,
        promotes: ["masterclass", "pasta"],
        sales: [
          ...sales("masterclass", 50, 41, 30, 22),
          { offer: "pasta", daysAgo: 35 },
          { offer: "pasta", daysAgo: 28, reversedDaysAgo: 26 },
        ],
        withdrawals: [
          {
            amountCents: 1_000,
            daysAgo: 25,
            status: REJECTED,
            decision: {
              daysAgo: 24,
              note: "PayPal returned the payment: please check your address.",
            },
          },
          {
            amountCents: 4_000,
            daysAgo: 21,
            status: APPROVED,
            decision: { daysAgo: 19, receiptNumber: "PP-9QZ20417" },
          },
          {
            amountCents: 1_500,
            daysAgo: 4,
            status: PENDING,
            decision: { daysAgo: 2, note: "Scheduled for Friday's payout run." },
          },
        ],
      },
      {
        user: { name: "Bruce Wayne", email: "bruce@allyhut.test" },
        status: ACTIVE,
        referralCode: "BRUCEWAYNE",
        paymentMethod: BANK_TRANSFER,
        payoutAccount: "GB29 NWBK 6016 1331 9268 19",
        joinedDaysAgo: 55,
        promotes: ["knives", "masterclass"],
        sales: sales("knives", 48, 44, 39, 31, 27, 23),
        withdrawals: [
          {
            amountCents: 2_000,
            daysAgo: 22,
            status: APPROVED,
            decision: { daysAgo: 17, receiptNumber: "WIRE-2024-0117" },
          },
          { amountCents: 750, daysAgo: 5, status: PENDING },
        ],
      },
      {
        user: { name: "Diana Prince", email: "diana@allyhut.test" },
        status: DISABLED,
        referralCode: "DIANAPRINCE",
        paymentMethod: PAYPAL,
        payoutAccount: "diana.prince@themyscira.test",
        joinedDaysAgo: 52,
        promotes: ["masterclass"],
        sales: sales("masterclass", 47, 36),
        withdrawals: [
          {
            amountCents: 980,
            daysAgo: 30,
            status: APPROVED,
            decision: { daysAgo: 29, receiptNumber: "PP-1DP55302" },
          },
          {
            amountCents: 3_000,
            daysAgo: 14,
            status: REJECTED,
            decision: { daysAgo: 12, note: "On hold while we review your account." },
          },
        ],
      },
      {
        user: { name: "Barry Allen", email: "barry@allyhut.test" },
        status: ACTIVE,
        referralCode: "BARRYALLEN",
        paymentMethod: PAYPAL,
        payoutAccount: "barry.allen@ccpd.test",
        joinedDaysAgo: 49,
        promotes: ["knives", "pasta"],
        sales: [
          ...sales("knives", 46, 42, 40, 37, 34, 29, 25),
          { offer: "knives", daysAgo: 32, reversedDaysAgo: 30 },
          ...sales("pasta", 38, 33, 26),
        ],
        withdrawals: [
          {
            amountCents: 500,
            daysAgo: 28,
            status: REJECTED,
            decision: { daysAgo: 27, note: "Duplicate request: you asked twice within a minute." },
          },
          {
            amountCents: 3_000,
            daysAgo: 24,
            status: APPROVED,
            decision: { daysAgo: 20, receiptNumber: "PP-7BA31885", note: "Fastest payout yet." },
          },
          { amountCents: 1_234, daysAgo: 6, status: PENDING },
        ],
      },
      {
        user: { name: "Hal Jordan", email: "hal@allyhut.test" },
        status: DISABLED,
        referralCode: "HALJORDAN",
        paymentMethod: BANK_TRANSFER,
        payoutAccount: "DE89 3704 0044 0532 0130 00",
        joinedDaysAgo: 47,
        promotes: ["masterclass"],
        sales: sales("masterclass", 43),
        withdrawals: [
          {
            amountCents: 1_990,
            daysAgo: 16,
            status: REJECTED,
            decision: { daysAgo: 15, note: "The bank reference is incomplete: please update it." },
          },
        ],
      },
    ],
  },
  {
    // A second tenant, so the demo can show that sellers never see each other's data.
    owner: { name: "Oliver Queen", email: "oliver@allyhut.test" },
    name: "Queen Archery Academy",
    slug: "queen-archery",
    currencyCode: "EUR",
    offers: [
      {
        key: "archery",
        name: "Archery for Beginners",
        priceCents: 12_000,
        commissionType: PERCENTAGE,
        commissionValueHundredths: 2_000,
        active: true,
        url: "https://queen-archery.example.com/beginners",
      },
      {
        key: "trick-arrows",
        name: "Trick Arrows Masterclass",
        priceCents: 25_000,
        commissionType: FLAT,
        commissionValueHundredths: 3_000,
        active: true,
        url: null,
      },
    ],
    affiliates: [
      {
        user: { name: "Selina Kyle", email: "selina@allyhut.test" },
        status: ACTIVE,
        referralCode: "SELINAKYLE",
        paymentMethod: PAYPAL,
        payoutAccount: "selina.kyle@gotham.test",
        joinedDaysAgo: 40,
        promotes: ["archery"],
        sales: sales("archery", 35, 21),
        withdrawals: [
          {
            amountCents: 1_500,
            daysAgo: 19,
            status: APPROVED,
            decision: { daysAgo: 18, receiptNumber: "PP-SK000042" },
          },
          { amountCents: 1_000, daysAgo: 2, status: PENDING },
        ],
      },
    ],
  },
];
