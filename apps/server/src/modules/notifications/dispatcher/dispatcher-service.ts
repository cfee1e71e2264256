import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../../config";
import { createChannels } from "../channels";
import { createDispatcher } from "./dispatcher";

/** The dispatcher running on this configuration's channels. */
export interface RunningDispatcher {
  /** Finishes the sends in flight, then closes the channels (the SMTP pool); the pool stays open. */
  stop(): Promise<void>;
}

/** Starts the outbox dispatcher with the e-mail and webhook channels of `config`. */
export function startDispatcher(deps: {
  db: DataSource;
  log: Logger;
  config: Config;
}): RunningDispatcher {
  const channels = createChannels(deps);
  const dispatcher = createDispatcher({ db: deps.db, log: deps.log, channels });
  dispatcher.start();
  return {
    async stop() {
      await dispatcher.stop();
      await channels.close();
    },
  };
}
