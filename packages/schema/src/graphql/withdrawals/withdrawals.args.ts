import { ArgsType, Field, ID } from "type-graphql";
import { ConnectionArgs } from "../common/page.args";
import { PaymentMethod, WithdrawalStatus } from "../enums";
import { WithdrawalOrder } from "./withdrawal.inputs";

/** Arguments of Affiliate.withdrawals. */
@ArgsType()
export class AffiliateWithdrawalsArgs extends ConnectionArgs {
  @Field(() => WithdrawalStatus, {
    nullable: true,
    description: "Only withdrawals in this status.",
  })
  status?: WithdrawalStatus | null;
}

/** Arguments of Query.withdrawals (the Payouts screen). */
@ArgsType()
export class WithdrawalsArgs extends AffiliateWithdrawalsArgs {
  @Field(() => ID, { nullable: true, description: "Only the withdrawals of this affiliate." })
  affiliateId?: string | null;

  @Field(() => PaymentMethod, {
    nullable: true,
    description: "Only withdrawals paid by this method (as snapshot at the request).",
  })
  paymentMethod?: PaymentMethod | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only withdrawals in an OPEN payout batch; false: only those in none (what can be batched); null: both.",
  })
  inOpenBatch?: boolean | null;

  @Field(() => WithdrawalOrder, {
    nullable: true,
    description: "The sort order; by default the newest requests first (REQUESTED_AT DESC).",
  })
  orderBy?: WithdrawalOrder | null;
}
