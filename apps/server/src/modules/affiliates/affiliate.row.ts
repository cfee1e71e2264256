import type { AffiliateModel } from "@allyhut/schema/domain";
import { WithdrawalStatus } from "@allyhut/schema";
import type { AffiliateStatus, PaymentMethod } from "@allyhut/schema";
import { selectColumns } from "../../db/select-columns";
import { centsFrom, idFrom, type Row } from "../../db/sql-values";
import { SELLER_CURRENCY_COLUMN } from "../sellers/seller.row";
import { Affiliate } from "./affiliate.entity";

const AFFILIATE_PROPERTIES = [
  "id",
  "sellerId",
  "userId",
  "name",
  "email",
  "status",
  "joinedAt",
  "referralCode",
  "paymentMethod",
  "payoutAccount",
  "salesCount",
  "earnedCents",
  "pendingCents",
  "paidCents",
  "pendingCount",
  "approvedCount",
  "rejectedCount",
] as const;

/** An affiliate as AffiliateModel needs it: the entity's properties and its seller's currency. */
export type AffiliateRow =
  Row | (Pick<Affiliate, (typeof AFFILIATE_PROPERTIES)[number]> & { currencyCode: string });

/** Use with AFFILIATE_FROM (affiliate `a`, seller `s`). */
export const AFFILIATE_COLUMNS = `${selectColumns(Affiliate, "a", AFFILIATE_PROPERTIES)},
  ${SELLER_CURRENCY_COLUMN}`;

export const AFFILIATE_FROM = "FROM affiliates a JOIN sellers s ON s.id = a.seller_id";

/** An affiliate from a row of AFFILIATE_COLUMNS, or from the repository with its seller's currency. */
export const affiliateFrom = (row: AffiliateRow): AffiliateModel => ({
  id: idFrom(row.id),
  sellerId: idFrom(row.sellerId),
  userId: idFrom(row.userId),
  name: row.name as string,
  email: row.email as string,
  status: row.status as AffiliateStatus,
  joinedAt: row.joinedAt as Date,
  referralCode: row.referralCode as string,
  paymentMethod: row.paymentMethod as PaymentMethod,
  payoutAccount: row.payoutAccount as string,
  salesCount: Number(row.salesCount),
  earnedCents: centsFrom(row.earnedCents),
  pendingCents: centsFrom(row.pendingCents),
  paidCents: centsFrom(row.paidCents),
  pendingWithdrawalCount: Number(row.pendingCount),
  currencyCode: row.currencyCode as string,
});

/** An affiliate's withdrawals by status, from its running totals (a row of AFFILIATE_COLUMNS). */
export type WithdrawalCounts = Record<WithdrawalStatus, number>;

export const withdrawalCountsFrom = (row: AffiliateRow): WithdrawalCounts => ({
  [WithdrawalStatus.PENDING]: Number(row.pendingCount),
  [WithdrawalStatus.APPROVED]: Number(row.approvedCount),
  [WithdrawalStatus.REJECTED]: Number(row.rejectedCount),
});
