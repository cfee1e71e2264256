import { Field, ObjectType } from "type-graphql";

// minimumPayout is declared by its field resolver in public-seller.resolver.ts.
@ObjectType("PublicSeller", {
  description:
    "What anyone may see of a seller: the face of its affiliate center, for the join page. No sign-in needed.",
  simpleResolvers: true,
})
export class PublicSeller {
  @Field(() => String, { description: "The business name shown on its affiliate center." })
  name!: string;

  @Field(() => String, { description: "The affiliate center's address part (/join/SLUG)." })
  slug!: string;

  @Field(() => String, {
    description: 'The ISO 4217 currency of every amount of this seller, e.g. "USD".',
  })
  currencyCode!: string;
}
