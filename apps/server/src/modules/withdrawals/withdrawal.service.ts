import type { WithdrawalService as WithdrawalServiceApi } from "@allyhut/schema/graphql";
import type { ServiceDeps } from "../service-deps";

export class WithdrawalService implements WithdrawalServiceApi {
  constructor(private readonly deps: ServiceDeps) {}
  async request(): Promise<never> {
    throw new Error("not implemented");
  }
  async process(): Promise<never> {
    throw new Error("not implemented");
  }
  async list(): Promise<never> {
    throw new Error("not implemented");
  }
  async get(): Promise<never> {
    throw new Error("not implemented");
  }
  async summary(): Promise<never> {
    throw new Error("not implemented");
  }
  async listOfAffiliate(): Promise<never> {
    throw new Error("not implemented");
  }
  async historyOf(): Promise<never> {
    throw new Error("not implemented");
  }
}
