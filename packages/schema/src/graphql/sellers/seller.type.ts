import { Field, ID, ObjectType } from "type-graphql";

// offers and minimumPayout are declared by their field resolvers in seller.resolver.ts.
@ObjectType("Seller", {
  description: "A business (a coach) whose offers affiliates promote.",
  simpleResolvers: true,
})
export class Seller {
  @Field(() => ID, { description: "The seller's id." })
  id!: string;

  @Field(() => String, { description: "The business name shown on its affiliate center." })
  name!: string;

  @Field(() => String, {
    description:
      "The affiliate center's address part, unique across AllyHut; affiliates join with it (joinAffiliateProgram.sellerSlug).",
  })
  slug!: string;

  @Field(() => String, {
    description: 'The ISO 4217 currency of every amount of this seller, e.g. "USD".',
  })
  currencyCode!: string;
}
