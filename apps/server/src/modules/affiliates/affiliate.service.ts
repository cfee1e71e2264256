import type { AffiliateService as AffiliateServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class AffiliateService implements AffiliateServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async list(): Promise<never> {
    throw new Error("not implemented");
  }
  async get(): Promise<never> {
    throw new Error("not implemented");
  }
  async join(): Promise<never> {
    throw new Error("not implemented");
  }
  async setStatus(): Promise<never> {
    throw new Error("not implemented");
  }
  async updatePayoutDetails(): Promise<never> {
    throw new Error("not implemented");
  }
  async promoteOffer(): Promise<never> {
    throw new Error("not implemented");
  }
  async promotionsOf(): Promise<never> {
    throw new Error("not implemented");
  }
  async byId(): Promise<never> {
    throw new Error("not implemented");
  }
}
