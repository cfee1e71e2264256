import type { SellerService as SellerServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class SellerService implements SellerServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async create(): Promise<never> {
    throw new Error("not implemented");
  }
  async byId(): Promise<never> {
    throw new Error("not implemented");
  }
  async offersOf(): Promise<never> {
    throw new Error("not implemented");
  }
}
