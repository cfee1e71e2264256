import type { DataSource } from "typeorm";
import type { Logger } from "pino";

/** What every per-request service gets. Services are created per request, so their DataLoaders are too. */
export interface ServiceDeps {
  db: DataSource;
  log: Logger;
  /** The client's address, for login throttling. */
  clientAddress: string;
}
