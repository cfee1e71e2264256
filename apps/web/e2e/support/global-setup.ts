import { startServer } from "./server";

/** Starts one real server for every browser test; its URL reaches the tests through the environment. */
export default async function globalSetup(): Promise<void> {
  const server = await startServer();
  process.env.E2E_BASE_URL = server.baseUrl;
  (globalThis as { __ALLYHUT_E2E__?: unknown }).__ALLYHUT_E2E__ = server;
}
