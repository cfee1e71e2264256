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

/**
 * The services of one request: their DataLoaders live as long as it, so batching never leaks across
 * requests. Each is built on first use: a request touches one or two of the ten.
 */
class RequestServices implements Services {
  private offerLoadersOnce?: OfferLoaders;
  private affiliateLoadersOnce?: AffiliateLoaders;
  private authOnce?: AuthService;
  private usersOnce?: UserService;
  private sellersOnce?: SellerService;
  private offersOnce?: OfferService;
  private affiliatesOnce?: AffiliateService;
  private commissionsOnce?: CommissionService;
  private withdrawalsOnce?: WithdrawalService;
  private payoutBatchesOnce?: PayoutBatchService;
  private reportsOnce?: ReportService;
  private webhooksOnce?: WebhookService;

  constructor(private readonly deps: ServiceDeps) {}

  // Shared: the services that write affiliates or offers make the request forget what it read of them.
  // Their reads are the overview's: a replica's in a query, the primary's in a mutation.
  private get offerLoaders(): OfferLoaders {
    return (this.offerLoadersOnce ??= new OfferLoaders(readsOf(this.deps)));
  }

  private get affiliateLoaders(): AffiliateLoaders {
    return (this.affiliateLoadersOnce ??= new AffiliateLoaders(
      readsOf(this.deps),
      this.offerLoaders,
      () => todayOf(this.deps),
    ));
  }

  get auth(): AuthService {
    return (this.authOnce ??= new AuthService(this.deps));
  }

  get users(): UserService {
    return (this.usersOnce ??= new UserService(this.deps, this.affiliateLoaders));
  }

  get sellers(): SellerService {
    return (this.sellersOnce ??= new SellerService(this.deps, this.offerLoaders));
  }

  get offers(): OfferService {
    return (this.offersOnce ??= new OfferService(
      this.deps,
      this.offerLoaders,
      this.affiliateLoaders,
    ));
  }

  get affiliates(): AffiliateService {
    return (this.affiliatesOnce ??= new AffiliateService(this.deps, this.affiliateLoaders));
  }

  get commissions(): CommissionService {
    return (this.commissionsOnce ??= new CommissionService(
      this.deps,
      this.affiliateLoaders,
      this.offerLoaders,
    ));
  }

  get withdrawals(): WithdrawalService {
    return (this.withdrawalsOnce ??= new WithdrawalService(this.deps, this.affiliateLoaders));
  }

  get payoutBatches(): PayoutBatchService {
    return (this.payoutBatchesOnce ??= new PayoutBatchService(this.deps, this.affiliateLoaders));
  }

  get reports(): ReportService {
    return (this.reportsOnce ??= new ReportService(this.deps));
  }

  get webhooks(): WebhookService {
    return (this.webhooksOnce ??= new WebhookService(this.deps));
  }
}

/** The services of one request, each built on first use. */
export function createServices(deps: ServiceDeps): Services {
  return new RequestServices(deps);
}
