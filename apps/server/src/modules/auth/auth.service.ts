import type { AuthService as AuthServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class AuthService implements AuthServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async signUp(): Promise<never> {
    throw new Error("not implemented");
  }
  async login(): Promise<never> {
    throw new Error("not implemented");
  }
}
