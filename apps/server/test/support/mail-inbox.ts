import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP server for a test: it keeps what arrives, parsed; some recipients can be refused. */
export interface TestInbox {
  smtpUrl: string;
  messages: ParsedMail[];
  /** Addresses refused with "550 No such user". */
  refuse: Set<string>;
  /** Waits until `count` messages have arrived (or fails after 5 s). */
  waitFor(count: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A header as it was on the wire (mailparser turns some, e.g. List-Unsubscribe, into objects). */
export const header = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines
    .find((line) => line.key === name)
    ?.line.slice(name.length + 1)
    .trim();

export async function startTestInbox(): Promise<TestInbox> {
  const messages: ParsedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuse.has(address.address.toLowerCase())) return callback();
      const error = Object.assign(new Error("No such user"), { responseCode: 550 });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push(parsed);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    messages,
    refuse,
    async waitFor(count) {
      const deadline = Date.now() + 5_000;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`${messages.length} of ${count} e-mails came`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
