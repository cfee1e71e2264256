import type { CommissionService as CommissionServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class CommissionService implements CommissionServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async record(): Promise<never> {
    throw new Error("not implemented");
  }
  async reverse(): Promise<never> {
    throw new Error("not implemented");
  }
  async listOfAffiliate(): Promise<never> {
    throw new Error("not implemented");
  }
}
