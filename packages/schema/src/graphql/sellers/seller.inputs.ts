import { Field, InputType } from "type-graphql";

@InputType("CreateSellerInput", { description: "The new seller's business details." })
export class CreateSellerInput {
  @Field(() => String, { description: 'The business name, e.g. "Demo Coaching".' })
  name!: string;

  @Field(() => String, {
    description:
      'The affiliate center\'s slug: lowercase letters, digits and dashes, e.g. "demo-coaching". Taken is ALREADY_EXISTS.',
  })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    defaultValue: "USD",
    description:
      "The ISO 4217 currency (one with 2 minor digits) of all the seller's prices, commissions and payouts. Cannot be changed later.",
  })
  currencyCode?: string | null;
}
