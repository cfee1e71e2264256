import type { AddressInfo, Server } from "node:net";

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Listens on `port`, or on a free port if that one is taken; returns the port it got. */
export async function listenOrAnyPort(server: Server, port: number, host: string): Promise<number> {
  try {
    await listen(server, port, host);
  } catch (error) {
    if ((error as { code?: string }).code !== "EADDRINUSE") throw error;
    await listen(server, 0, host);
  }
  return (server.address() as AddressInfo).port;
}

export const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()));
