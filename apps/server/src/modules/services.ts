import type { Services } from "@allyhut/schema/graphql";
import { AffiliateService } from "./affiliates/affiliate.service";
import { AuthService } from "./auth/auth.service";
import { CommissionService } from "./commissions/commission.service";
import { OfferService } from "./offers/offer.service";
import type { ServiceDeps } from "./service-deps";
import { SellerService } from "./sellers/seller.service";
import { UserService } from "./users/user.service";
import { WithdrawalService } from "./withdrawals/withdrawal.service";

/** The services of one request: each holds its own DataLoaders, so batching never leaks across requests. */
export function createServices(deps: ServiceDeps): Services {
  return {
    auth: new AuthService(deps),
    users: new UserService(deps),
    sellers: new SellerService(deps),
    offers: new OfferService(deps),
    affiliates: new AffiliateService(deps),
    commissions: new CommissionService(deps),
    withdrawals: new WithdrawalService(deps),
  };
}
