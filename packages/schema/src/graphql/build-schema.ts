import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { callPlainFieldResolversDirectly } from "./direct-field-resolvers";
import { AffiliateConnectionResolver } from "./affiliates/affiliate-connection.type";
import { AffiliateFieldsResolver } from "./affiliates/affiliate-fields.resolver";
import { AffiliateResolver } from "./affiliates/affiliate.resolver";
import { OfferPromotionResolver } from "./affiliates/offer-promotion.resolver";
import { authChecker } from "./auth-checker";
import { AffiliateCommissionsResolver } from "./commissions/affiliate-commissions.resolver";
import { CommissionConnectionResolver } from "./commissions/commission-connection.type";
import { CommissionResolver } from "./commissions/commission.resolver";
import { SaleImportResolver } from "./commissions/sale-import.resolver";
import "./enums";
import { OfferResolver } from "./offers/offer.resolver";
import {
  PayoutBatchConnectionResolver,
  PayoutBatchEdgesResolver,
} from "./payouts/payout-batch-connection.type";
import { PayoutBatchFieldsResolver } from "./payouts/payout-batch-fields.resolver";
import { PayoutBatchResolver } from "./payouts/payout-batch.resolver";
import { PayoutImportLineResolver, PayoutImportResolver } from "./payouts/payout-import.resolver";
import { AffiliateMonthlyResolver, PayoutSummaryMonthlyResolver } from "./reports/monthly.resolver";
import { DateTimeISOScalar } from "./scalars/date-time-iso.scalar";
import { PublicSellerResolver } from "./sellers/public-seller.resolver";
import { SellerResolver } from "./sellers/seller.resolver";
import { AuthResolver } from "./users/auth.resolver";
import { UserResolver } from "./users/user.resolver";
import { WebhookEndpointFieldsResolver } from "./webhooks/webhook-endpoint-fields.resolver";
import { WebhookResolver } from "./webhooks/webhook.resolver";
import { AffiliateWithdrawalsResolver } from "./withdrawals/affiliate-withdrawals.resolver";
import { PayoutSummaryResolver } from "./withdrawals/payout-summary.resolver";
import { WithdrawalConnectionResolver } from "./withdrawals/withdrawal-connection.type";
import { WithdrawalEventResolver } from "./withdrawals/withdrawal-event.resolver";
import { WithdrawalFieldsResolver } from "./withdrawals/withdrawal-fields.resolver";
import { WithdrawalResolver } from "./withdrawals/withdrawal.resolver";

const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  SellerResolver,
  PublicSellerResolver,
  OfferResolver,
  AffiliateResolver,
  AffiliateFieldsResolver,
  AffiliateConnectionResolver,
  OfferPromotionResolver,
  AffiliateCommissionsResolver,
  CommissionResolver,
  CommissionConnectionResolver,
  SaleImportResolver,
  AffiliateWithdrawalsResolver,
  WithdrawalResolver,
  WithdrawalFieldsResolver,
  WithdrawalConnectionResolver,
  PayoutSummaryResolver,
  WithdrawalEventResolver,
  PayoutBatchResolver,
  PayoutBatchFieldsResolver,
  PayoutBatchConnectionResolver,
  PayoutBatchEdgesResolver,
  PayoutImportResolver,
  PayoutImportLineResolver,
  PayoutSummaryMonthlyResolver,
  AffiliateMonthlyResolver,
  WebhookResolver,
  WebhookEndpointFieldsResolver,
];

let schema: GraphQLSchema | undefined;

// type-graphql cannot describe the root types, so the built schema gets their descriptions.
function describeRootTypes(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query) {
    query.description =
      "Reads. Send the session cookie set by login or signUp; what a query can see depends on who is signed in.";
  }
  if (mutation) {
    mutation.description =
      "Writes. Each error carries extensions.code (and extensions.field for BAD_USER_INPUT); see each mutation for the codes it can give.";
  }
  return built;
}

/**
 * The API's executable schema, built once per process (type-graphql's metadata is global).
 * Needs no database: resolvers reach data only through `ctx.services`.
 */
export function buildApiSchema(): GraphQLSchema {
  if (schema) return schema;
  schema = describeRootTypes(
    buildSchemaSync({
      resolvers,
      authChecker,
      // Services validate input, so class-validator stays off.
      validate: false,
      scalarsMap: [{ type: Date, scalar: DateTimeISOScalar }],
    }),
  );
  callPlainFieldResolversDirectly(schema);
  return schema;
}

/** The SDL committed as packages/schema/schema.graphql, sorted so it changes only with the API. */
export function printApiSchema(): string {
  const header =
    "# Generated from src/graphql by `npm run build -w @allyhut/schema`. Do not edit.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
