import { Field, ObjectType } from "type-graphql";
import { DecimalScalar } from "../scalars/decimal.scalar";

/** Builds a Money value from integer cents; use it in every field resolver that answers Money. */
export const money = (amountCents: number, currencyCode: string): Money => ({
  amount: amountCents,
  currencyCode,
});

@ObjectType("Money", {
  description:
    'An amount of money in one currency. Never a float: amount is a decimal string with exactly two fraction digits ("3.00").',
  simpleResolvers: true,
})
export class Money {
  /** Integer cents: the Decimal scalar formats them. */
  @Field(() => DecimalScalar, {
    description:
      'The amount in the currency\'s major unit, e.g. "3.00" for three dollars. Negative only for a clawback (a balance overdrawn by a reversed sale).',
  })
  amount!: number;

  @Field(() => String, {
    description: 'The ISO 4217 currency code, e.g. "USD". Always the seller\'s currency.',
  })
  currencyCode!: string;
}
