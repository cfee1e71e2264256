import { dropDatabase, stopServer, type RunningServer } from "./server";

/** Stops the server and drops its database, even when tests failed. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __ALLYHUT_E2E__?: RunningServer }).__ALLYHUT_E2E__;
  if (!server) return;
  try {
    await stopServer(server);
  } finally {
    await dropDatabase(server);
  }
}
