import { Field, ID, ObjectType } from "type-graphql";

// seller and affiliateAccounts are declared by their field resolvers in user.resolver.ts.
@ObjectType("User", {
  description:
    "A person who can sign in. Owns at most one seller and may be an affiliate of several sellers. Only ever seen by that person (through me, signUp, login).",
})
export class User {
  @Field(() => ID, { description: "The user's id.", simple: true })
  id!: string;

  @Field(() => String, { description: "The name the user signed up with.", simple: true })
  name!: string;

  @Field(() => String, {
    description: "The email the user signs in with (unique, compared case-insensitively).",
    simple: true,
  })
  email!: string;
}
