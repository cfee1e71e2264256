import type { UserService as UserServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class UserService implements UserServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async byId(): Promise<never> {
    throw new Error("not implemented");
  }
  async sellerOfUser(): Promise<never> {
    throw new Error("not implemented");
  }
  async affiliateAccounts(): Promise<never> {
    throw new Error("not implemented");
  }
}
