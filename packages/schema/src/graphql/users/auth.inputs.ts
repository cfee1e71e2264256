import { Field, InputType } from "type-graphql";

@InputType("SignUpInput", { description: "A new user's name, email and password." })
export class SignUpInput {
  @Field(() => String, { description: "The name others will see, e.g. on an affiliate's record." })
  name!: string;

  @Field(() => String, {
    description:
      "The email to sign in with. Must be unused (case-insensitive), else ALREADY_EXISTS; a malformed one is BAD_USER_INPUT.",
  })
  email!: string;

  @Field(() => String, {
    description: 'The password; too short or too long is BAD_USER_INPUT with field "password".',
  })
  password!: string;
}

@InputType("LoginInput", { description: "The credentials to sign in with." })
export class LoginInput {
  @Field(() => String, { description: "The email the user signed up with (case-insensitive)." })
  email!: string;

  @Field(() => String, { description: "The user's password." })
  password!: string;
}
