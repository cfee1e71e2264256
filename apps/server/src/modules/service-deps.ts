import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { utcDateOf } from "@allyhut/schema";
import type { Queryable } from "../db/sql-values";
import type { WebhookUrlPolicy } from "./notifications/webhooks/webhook-url-guard";

/** What every per-request service gets. Services are created per request, so their DataLoaders are too. */
export interface ServiceDeps {
  db: DataSource;
  /** Where list and overview reads go (db/read-replicas.ts); default: db. Never for a money decision. */
  reads?: Queryable;
  log: Logger;
  /** The client's address, for login throttling. */
  clientAddress: string;
  /** The clock (default: the real one). Tests pass a fixed one: holds end by date, never by waiting. */
  now?: () => Date;
  /** The user's sessions now show another viewer (they became a seller): cached viewers must go. */
  viewerChanged?: (userId: string) => void;
  /** What webhook addresses may be (config.allowPrivateWebhooks); default: production's rules. */
  webhookUrls?: WebhookUrlPolicy;
}

/** Where the list and overview reads of `deps` go: its replicas, or its database. */
export const readsOf = (deps: Pick<ServiceDeps, "db" | "reads">): Queryable =>
  deps.reads ?? deps.db;

/** The services' current instant. */
export const nowOf = (deps: Pick<ServiceDeps, "now">): Date => deps.now?.() ?? new Date();

/** Today's UTC date, "YYYY-MM-DD": what is on hold is what becomes available after it. */
export const todayOf = (deps: Pick<ServiceDeps, "now">): string => utcDateOf(nowOf(deps));
