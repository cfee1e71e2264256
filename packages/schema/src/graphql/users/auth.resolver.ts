import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { UserModel } from "../../domain";
import type { ApiContext } from "../context";
import { LoginInput, SignUpInput } from "./auth.inputs";
import { User } from "./user.type";

@Resolver()
export class AuthResolver {
  @Mutation(() => User, {
    description:
      "Creates a user and signs them in.\n\nSets the HttpOnly session cookie, like login. Errors: ALREADY_EXISTS when the email is taken; BAD_USER_INPUT (with extensions.field) for a malformed email, a blank name or a password of the wrong length.",
  })
  async signUp(
    @Arg("input", () => SignUpInput, { description: "Who signs up." }) input: SignUpInput,
    @Ctx() ctx: ApiContext,
  ): Promise<UserModel> {
    const user = await ctx.services.auth.signUp({
      name: input.name,
      email: input.email,
      password: input.password,
    });
    await ctx.session.signIn(user.id);
    return user;
  }

  @Mutation(() => User, {
    description:
      "Signs in: sets an HttpOnly session cookie.\n\nAny previous session of this browser is replaced. Errors: UNAUTHENTICATED for an unknown email or a wrong password alike (nothing tells which); RATE_LIMITED after too many failed attempts — wait and try again.",
  })
  async login(
    @Arg("input", () => LoginInput, { description: "The credentials." }) input: LoginInput,
    @Ctx() ctx: ApiContext,
  ): Promise<UserModel> {
    const user = await ctx.services.auth.login({ email: input.email, password: input.password });
    await ctx.session.signIn(user.id);
    return user;
  }

  @Mutation(() => Boolean, {
    description:
      "Signs out: ends the session and clears the cookie. Always true, also when nobody was signed in.",
  })
  async logout(@Ctx() ctx: ApiContext): Promise<boolean> {
    await ctx.session.signOut();
    return true;
  }
}
