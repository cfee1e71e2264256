import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { MONTHLY_DEFAULT_MONTHS, MONTHLY_MAX_MONTHS, MONTHLY_MIN_MONTHS } from "../../rules/report";
import type { MonthTotalModel } from "../../domain";
import { Money, money } from "../common/money.type";

@ObjectType("MonthTotal", {
  description:
    "One UTC month's activity: commissions earned on its sales and withdrawals paid in it.",
  simpleResolvers: true,
})
export class MonthTotal {
  @Field(() => String, { description: 'The month, "YYYY-MM", UTC.' })
  month!: string;

  @Field(() => Money, {
    description: "Commissions on sales that occurred in the month, reversed ones left out.",
  })
  commissions!: Money;

  @Field(() => Money, { description: "APPROVED withdrawals whose date paid is in the month." })
  paid!: Money;
}

/** Arguments of the monthly fields. */
@ArgsType()
export class MonthlyArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: MONTHLY_DEFAULT_MONTHS,
    description: `How many months, the current one last: ${MONTHLY_MIN_MONTHS}..${MONTHLY_MAX_MONTHS}, default ${MONTHLY_DEFAULT_MONTHS}. Outside that range is BAD_USER_INPUT with extensions.field "months".`,
  })
  months?: number | null;
}

export const monthsOf = (args: MonthlyArgs): number => args.months ?? MONTHLY_DEFAULT_MONTHS;

export const monthTotalOf = (total: MonthTotalModel): MonthTotal => ({
  month: total.month,
  commissions: money(total.commissionsCents, total.currencyCode),
  paid: money(total.paidCents, total.currencyCode),
});
