import pino, { type Logger } from "pino";

export type { Logger };

/** pino-pretty is used only if someone already installed it; the server never depends on it. */
function prettyTransport(): pino.TransportSingleOptions | undefined {
  if (!process.stdout.isTTY || process.env.NODE_ENV === "production") return undefined;
  try {
    require.resolve("pino-pretty");
    return { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss.l" } };
  } catch {
    return undefined;
  }
}

/** The process's structured logger: JSON lines on stdout. */
export function createLogger(level: string): Logger {
  const transport = prettyTransport();
  return pino({ level, base: { service: "allyhut-server" }, ...(transport ? { transport } : {}) });
}
