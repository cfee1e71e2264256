import { FieldResolver, Resolver, Root } from "type-graphql";
import { Money, money } from "../common/money.type";
import type { PayoutSummaryModel } from "../../domain";
import { PayoutSummary } from "./payout-summary.type";

@Resolver(() => PayoutSummary)
export class PayoutSummaryResolver {
  @FieldResolver(() => Money, {
    description: "The amount held in PENDING withdrawals: what to pay.",
  })
  pendingTotal(@Root() summary: PayoutSummaryModel): Money {
    return money(summary.pendingCents, summary.currencyCode);
  }

  @FieldResolver(() => Money, { description: "The amount paid in APPROVED withdrawals." })
  approvedTotal(@Root() summary: PayoutSummaryModel): Money {
    return money(summary.approvedCents, summary.currencyCode);
  }

  @FieldResolver(() => Money, {
    description:
      "The amount of REJECTED withdrawals (given back to the affiliates' balances). Money rejected may be asked for and rejected again, so this sum stops at the largest amount, 9999999999999.99.",
  })
  rejectedTotal(@Root() summary: PayoutSummaryModel): Money {
    return money(summary.rejectedCents, summary.currencyCode);
  }
}
