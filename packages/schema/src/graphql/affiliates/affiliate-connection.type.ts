import { createConnection } from "../common/connection.type";
import { Affiliate } from "./affiliate.type";

export const { type: AffiliateConnection, resolver: AffiliateConnectionResolver } =
  createConnection("AffiliateConnection", Affiliate, "affiliates");
