import { Field, InputType } from "type-graphql";
import { DecimalScalar } from "../scalars/decimal.scalar";

@InputType("UpdateSellerSettingsInput", {
  description:
    "Changes to the signed-in seller's settings. Omitted (or null) fields stay as they are.",
})
export class UpdateSellerSettingsInput {
  @Field(() => String, {
    nullable: true,
    description: "The new business name (judged as createSeller judges it).",
  })
  name?: string | null;

  /** Cents, in the seller's currency. */
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The smallest amount an affiliate may request in one withdrawal, 0.00 or more in the seller\'s currency, e.g. "25.00"; "0" removes the minimum. Pending requests are not affected.',
  })
  minimumPayout?: number | null;
}
