import { WithdrawalStatus, todayUtc } from "@allyhut/schema";
import { ProcessWithdrawalDocument, RequestWithdrawalDocument } from "../../src/gql/graphql";
import { newIdempotencyKey } from "../../src/lib/idempotency";
import {
  processInput,
  processValidators,
  type ProcessValues,
} from "../../src/routes/seller/payouts/process-rules";
import { ASTRAL, COMBINING_E } from "./support/texts";
import { apiJudged, expectVerdicts, webJudged, type Verdict } from "./support/verdicts";
import {
  earnFifty,
  newAffiliate,
  newOffer,
  newSeller,
  type Affiliate,
  type Seller,
} from "./support/world";

// Withdrawal Details on a withdrawal requested just now: its request date is today, in UTC.
const { APPROVED, PENDING, REJECTED } = WithdrawalStatus;

interface UtcDays {
  yesterday: string;
  today: string;
  tomorrow: string;
}

const utcDaysAround = (today: string): UtcDays => {
  const shifted = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { yesterday: shifted(-1), today, tomorrow: shifted(1) };
};

type Change = Partial<ProcessValues> | ((days: UtcDays) => Partial<ProcessValues>);

/** The form as the seller left it: the status chosen, and what was typed. */
const filledIn =
  (status: WithdrawalStatus, change: Change = {}) =>
  (days: UtcDays): ProcessValues => ({
    status,
    receiptNumber: status === APPROVED ? "RCPT-1" : "",
    paidOn: status === APPROVED ? days.today : "",
    note: "",
    ...(typeof change === "function" ? change(days) : change),
  });
const approve = (change?: Change) => filledIn(APPROVED, change);

const cases: [rule: string, expected: Verdict, values: (days: UtcDays) => ProcessValues][] = [
  ["approve: a receipt, paid today (UTC)", "accepted", approve()],
  ["approve: receipt trimmed", "accepted", approve({ receiptNumber: " R-1 " })],
  ["approve: no receipt", "refused", approve({ receiptNumber: "" })],
  ["approve: a blank receipt", "refused", approve({ receiptNumber: "   " })],
  ["approve: a 100-character receipt", "accepted", approve({ receiptNumber: "r".repeat(100) })],
  ["approve: a 101-character receipt", "refused", approve({ receiptNumber: "r".repeat(101) })],
  [
    "approve: a 100 astral receipt (200 UTF-16 units)",
    "accepted",
    approve({ receiptNumber: ASTRAL.repeat(100) }),
  ],
  ["approve: a 101 astral receipt", "refused", approve({ receiptNumber: ASTRAL.repeat(101) })],
  [
    "approve: 50 e + combining accent (100)",
    "accepted",
    approve({ receiptNumber: COMBINING_E.repeat(50) }),
  ],
  [
    "approve: 51 e + combining accent (102)",
    "refused",
    approve({ receiptNumber: COMBINING_E.repeat(51) }),
  ],
  ["approve: no date paid", "refused", approve({ paidOn: "" })],
  [
    "approve: paid yesterday (UTC), before the request date",
    "refused",
    approve((days) => ({ paidOn: days.yesterday })),
  ],
  ["approve: paid tomorrow (UTC)", "refused", approve((days) => ({ paidOn: days.tomorrow }))],
  ["approve: not a real date", "refused", approve({ paidOn: "2026-02-30" })],
  ["pending: a note", "accepted", filledIn(PENDING, { note: "Paying Friday" })],
  ["pending: a 2000-character note", "accepted", filledIn(PENDING, { note: "n".repeat(2000) })],
  ["pending: a 2001-character note", "refused", filledIn(PENDING, { note: "n".repeat(2001) })],
  [
    "pending: a 2000 astral note (4000 UTF-16 units)",
    "accepted",
    filledIn(PENDING, { note: ASTRAL.repeat(2000) }),
  ],
  ["pending: a 2001 astral note", "refused", filledIn(PENDING, { note: ASTRAL.repeat(2001) })],
  [
    "pending: 2000 characters and trailing blanks (sent trimmed)",
    "accepted",
    filledIn(PENDING, { note: `${"n".repeat(2000)}   \n` }),
  ],
  [
    "pending: a receipt and a date typed, not sent",
    "accepted",
    filledIn(PENDING, (days) => ({ receiptNumber: ASTRAL.repeat(101), paidOn: days.tomorrow })),
  ],
  [
    "reject: a receipt and a date typed, not saved",
    "accepted",
    filledIn(REJECTED, (days) => ({ receiptNumber: ASTRAL.repeat(101), paidOn: days.tomorrow })),
  ],
  ["reject: a 2001-character note", "refused", filledIn(REJECTED, { note: "n".repeat(2001) })],
];

describe("Withdrawal Details and processWithdrawal agree", () => {
  let seller: Seller;
  let affiliate: Affiliate;
  beforeAll(async () => {
    seller = await newSeller();
    const offerId = await newOffer(seller);
    affiliate = await newAffiliate(seller, offerId);
    await earnFifty(seller, affiliate, offerId);
  });

  /** A new pending withdrawal of one cent, and when it was requested. */
  async function newWithdrawal(): Promise<{ id: string; requestedAt: string }> {
    const input = {
      affiliateId: affiliate.affiliateId,
      amount: "0.01",
      idempotencyKey: newIdempotencyKey(),
    };
    const { requestWithdrawal } = await affiliate.client.must(RequestWithdrawalDocument, { input });
    const { withdrawal } = await seller.client.must<
      { withdrawal: { id: string; requestedAt: string } },
      { id: string }
    >("query ($id: ID!) { withdrawal(id: $id) { id requestedAt } }", { id: requestWithdrawal.id });
    return withdrawal;
  }

  it("runs in a zone whose date is not UTC's, so a local date on either side would show", () => {
    const now = new Date();
    const localDate = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    expect(localDate).not.toBe(todayUtc(now));
  });

  it.each(cases)("%s → %s", async (_rule, expected, values) => {
    // A case that straddles midnight UTC is judged again, wholly on the new day.
    for (;;) {
      const today = todayUtc();
      const withdrawal = await newWithdrawal();
      const typed = values(utcDaysAround(today));
      const web = webJudged(processValidators(withdrawal.requestedAt), typed);
      const input = processInput(withdrawal.id, typed);
      const answer = await seller.client.send(ProcessWithdrawalDocument, { input });
      if (todayUtc() !== today) continue;
      expectVerdicts(expected, web, apiJudged(answer));
      return;
    }
  });
});
