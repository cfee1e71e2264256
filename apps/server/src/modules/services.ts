import type { Services } from "@allyhut/schema/domain";
import { AffiliateLoaders } from "./affiliates/affiliate.loaders";
import { AffiliateService } from "./affiliates/affiliate.service";
import { AuthService } from "./auth/auth.service";
import { WebhookService } from "./notifications/webhooks/webhook.service";
import { CommissionService } from "./commissions/commission.service";
import { OfferLoaders } from "./offers/offer.loaders";
import { OfferService } from "./offers/offer.service";
import { PayoutBatchService } from "./payouts/payout-batch.service";
import { ReportService } from "./reports/report.service";
import { readsOf, todayOf, type ServiceDeps } from "./service-deps";
import { SellerService } from "./sellers/seller.service";
import { UserService } from "./users/user.service";
import { WithdrawalService } from "./withdrawals/withdrawal.service";

/** The services of one request: their DataLoaders live as long as it, so batching never leaks across requests. */
export function createServices(deps: ServiceDeps): Services {
  // Shared: the services that write affiliates or offers make the request forget what it read of them.
  // Their reads are the overview's: a replica's in a query, the primary's in a mutation.
  const offerLoaders = new OfferLoaders(readsOf(deps));
  const affiliateLoaders = new AffiliateLoaders(readsOf(deps), offerLoaders, () => todayOf(deps));
  return {
    auth: new AuthService(deps),
    users: new UserService(deps, affiliateLoaders),
    sellers: new SellerService(deps, offerLoaders),
    offers: new OfferService(deps, offerLoaders, affiliateLoaders),
    affiliates: new AffiliateService(deps, affiliateLoaders),
    commissions: new CommissionService(deps, affiliateLoaders, offerLoaders),
    withdrawals: new WithdrawalService(deps, affiliateLoaders),
    payoutBatches: new PayoutBatchService(deps, affiliateLoaders),
    reports: new ReportService(deps),
    webhooks: new WebhookService(deps),
  };
}
