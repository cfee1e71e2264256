import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { inboxHandler, type CaughtMail } from "./inbox-page";
import { closeServer, listenOrAnyPort } from "./listen";

// Development's mail server when SMTP_URL is not set: it accepts every message on 127.0.0.1 and
// shows them on a small inbox page instead of delivering them.

export interface MailCatcher {
  /** smtp://127.0.0.1:<port>: what the server sends through. */
  smtpUrl: string;
  /** The inbox page. */
  inboxUrl: string;
  /** What arrived, newest last (the oldest are dropped past `keep`). */
  messages: CaughtMail[];
  close(): Promise<void>;
}

export interface MailCatcherOptions {
  /** Default 1025; a free port if taken. */
  smtpPort?: number;
  /** Default 1080; a free port if taken. */
  webPort?: number;
  /** Messages kept in memory; default 200. */
  keep?: number;
  /** Told of a message it could not read. */
  onError?: (error: Error) => void;
}

const HOST = "127.0.0.1";

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const keep = options.keep ?? 200;
  let nextId = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "AllyHut development mail catcher: nothing is delivered",
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push({ id: nextId++, receivedAt: new Date(), mail });
          if (messages.length > keep) messages.splice(0, messages.length - keep);
          callback();
        },
        (error: Error) => {
          options.onError?.(error);
          callback(error);
        },
      );
    },
  });
  // SMTPServer re-emits its sockets' errors: without a listener an EventEmitter error would throw.
  smtp.on("error", (error) => options.onError?.(error));
  const smtpPort = await listenOrAnyPort(smtp.server, options.smtpPort ?? 1025, HOST);
  const web = createServer(inboxHandler(messages));
  let webPort: number;
  try {
    webPort = await listenOrAnyPort(web, options.webPort ?? 1080, HOST);
  } catch (error) {
    await closeServer(smtp.server);
    throw error;
  }
  return {
    smtpUrl: `smtp://${HOST}:${smtpPort}`,
    inboxUrl: `http://${HOST}:${webPort}/`,
    messages,
    async close() {
      web.closeAllConnections();
      await Promise.all([closeServer(web), new Promise<void>((resolve) => smtp.close(resolve))]);
    },
  };
}
