import type { OfferService as OfferServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class OfferService implements OfferServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async create(): Promise<never> {
    throw new Error("not implemented");
  }
  async byId(): Promise<never> {
    throw new Error("not implemented");
  }
}
