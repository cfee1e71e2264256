import type {
  AffiliateModel,
  SellerModel,
  UserModel,
  UserService as UserServiceApi,
} from "@allyhut/schema/domain";
import type DataLoader from "dataloader";
import { AffiliateLoaders } from "../affiliates/affiliate.loaders";
import { AFFILIATE_COLUMNS, AFFILIATE_FROM } from "../affiliates/affiliate.row";
import { groupLoader, rowLoader } from "../paging";
import { SELLER_COLUMNS, sellerFrom } from "../sellers/seller.row";
import { readsOf, type ServiceDeps } from "../service-deps";
import { USER_COLUMNS, userFrom } from "./user.row";

/** A user's own record, the seller they own and their memberships; batched per request. */
export class UserService implements UserServiceApi {
  private readonly users: DataLoader<string, UserModel | null>;
  private readonly sellersByOwner: DataLoader<string, SellerModel | null>;
  private readonly memberships: DataLoader<string, AffiliateModel[]>;

  // Built alone (as in tests), a service has affiliate loaders of its own.
  constructor(deps: ServiceDeps, affiliateLoaders = new AffiliateLoaders(deps.db)) {
    // The overview of who is signed in: a replica's in a query (db/read-replicas.ts).
    const db = readsOf(deps);
    this.users = rowLoader(
      db,
      `SELECT ${USER_COLUMNS}, u.id AS loader_key FROM users u`,
      "u.id",
      userFrom,
      () => null,
    );
    this.sellersByOwner = rowLoader(
      db,
      `SELECT ${SELLER_COLUMNS}, s.owner_user_id AS loader_key FROM sellers s`,
      "s.owner_user_id",
      sellerFrom,
      () => null,
    );
    this.memberships = groupLoader(
      db,
      `SELECT ${AFFILIATE_COLUMNS}, a.user_id AS loader_key ${AFFILIATE_FROM}`,
      "a.user_id",
      "a.user_id, a.id",
      affiliateLoaders.affiliateOf,
    );
  }

  byId(userId: string): Promise<UserModel | null> {
    return this.users.load(userId);
  }

  sellerOfUser(userId: string): Promise<SellerModel | null> {
    return this.sellersByOwner.load(userId);
  }

  affiliateAccounts(userId: string): Promise<AffiliateModel[]> {
    return this.memberships.load(userId);
  }
}
