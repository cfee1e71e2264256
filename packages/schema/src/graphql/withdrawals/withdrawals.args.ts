import { ArgsType, Field, ID } from "type-graphql";
import { ConnectionArgs } from "../common/page.args";
import { WithdrawalStatus } from "../enums";
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

  @Field(() => WithdrawalOrder, {
    nullable: true,
    description: "The sort order; by default the newest requests first (REQUESTED_AT DESC).",
  })
  orderBy?: WithdrawalOrder | null;
}
