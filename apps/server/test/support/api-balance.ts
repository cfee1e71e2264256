// Balances as the API reports them: the schema executed in process over the server's own services
// (no HTTP), so a test can hold them against figures it keeps itself.
import type { Viewer } from "@allyhut/schema/domain";
import { buildApiSchema, type ApiContext } from "@allyhut/schema/graphql";
import { graphql, type GraphQLSchema } from "graphql";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createServices } from "../../src/modules/services";

export interface ReportedBalance {
  earned: string;
  available: string;
  pending: string;
  paid: string;
}

let schema: GraphQLSchema | undefined;
const silentLog = pino({ level: "silent" });
const BALANCE_FIELDS = "earned { amount } available { amount } pending { amount } paid { amount }";
const BALANCE = `balance { ${BALANCE_FIELDS} }`;

type Amounts = Record<keyof ReportedBalance, { amount: string }>;

const flat = (balance: Amounts): ReportedBalance => ({
  earned: balance.earned.amount,
  available: balance.available.amount,
  pending: balance.pending.amount,
  paid: balance.paid.amount,
});

/** Runs a read as `viewer` through the API (by the clock `now`, else the real one); throws on any error. */
async function read<T>(
  db: DataSource,
  viewer: Viewer,
  source: string,
  variables = {},
  now?: () => Date,
): Promise<T> {
  schema ??= buildApiSchema();
  const refuse = (): never => {
    throw new Error("a balance read does not sign anyone in or out");
  };
  const contextValue: ApiContext = {
    viewer,
    services: createServices({ db, log: silentLog, clientAddress: "127.0.0.1", now }),
    session: { signIn: refuse, signOut: refuse },
  };
  const result = await graphql({ schema, source, contextValue, variableValues: variables });
  if (result.errors?.length || !result.data) {
    throw new Error(`the API refused ${source}: ${JSON.stringify(result.errors)}`);
  }
  return result.data as T;
}

/** One affiliate's balance (earned, available, pending, paid as Decimal strings), read as `viewer`. */
export async function balanceReported(
  db: DataSource,
  viewer: Viewer,
  affiliateId: string,
): Promise<ReportedBalance> {
  const data = await read<{ affiliate: { balance: Amounts } }>(
    db,
    viewer,
    `query B($id: ID!) { affiliate(id: $id) { ${BALANCE} } }`,
    { id: affiliateId },
  );
  return flat(data.affiliate.balance);
}

/** Every affiliate of the signed-in seller's program (up to 100), by email, with its balance. */
export async function balancesOfProgram(
  db: DataSource,
  seller: Viewer,
): Promise<Map<string, ReportedBalance>> {
  const data = await read<{ affiliates: { nodes: Array<{ email: string; balance: Amounts }> } }>(
    db,
    seller,
    `{ affiliates(first: 100) { nodes { email ${BALANCE} } } }`,
  );
  return new Map(data.affiliates.nodes.map((node) => [node.email, flat(node.balance)]));
}

/** One affiliate's balance with what is on hold, as the API reports it on the clock `now`'s date. */
export async function balanceOnDate(
  db: DataSource,
  viewer: Viewer,
  affiliateId: string,
  now: () => Date,
): Promise<ReportedBalance & { onHold: string }> {
  const data = await read<{ affiliate: { balance: Amounts & { onHold: { amount: string } } } }>(
    db,
    viewer,
    `query B($id: ID!) { affiliate(id: $id) { balance { onHold { amount } ${BALANCE_FIELDS} } } }`,
    { id: affiliateId },
    now,
  );
  return { ...flat(data.affiliate.balance), onHold: data.affiliate.balance.onHold.amount };
}
