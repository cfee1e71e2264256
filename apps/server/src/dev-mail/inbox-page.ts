import type { IncomingMessage, ServerResponse } from "node:http";
import type { ParsedMail } from "mailparser";

/** A message the catcher received. */
export interface CaughtMail {
  id: number;
  receivedAt: Date;
  mail: ParsedMail;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The pages run no script, and a message's HTML is shown only in a sandboxed frame of its own.
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'none'";
const MESSAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

function send(res: ServerResponse, status: number, csp: string, html: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
  });
  res.end(html);
}

const page = (title: string, body: string, refresh = false): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${refresh ? '<meta http-equiv="refresh" content="5">' : ""}
<style>body{font-family:Helvetica,Arial,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd}
iframe{width:100%;height:32rem;border:1px solid #ccc}pre{white-space:pre-wrap;background:#f6f7f9;padding:1rem}</style>
</head><body>${body}</body></html>`;

const addresses = (value: ParsedMail["to"] | ParsedMail["from"]): string =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");

const rawHeader = (mail: ParsedMail, key: string): string | undefined =>
  mail.headerLines
    .find((line) => line.key === key)
    ?.line.slice(key.length + 1)
    .trim();

function listPage(messages: CaughtMail[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      ({ id, receivedAt, mail }) =>
        `<tr><td>${escapeHtml(receivedAt.toISOString())}</td><td>${escapeHtml(addresses(mail.from))}</td>` +
        `<td>${escapeHtml(addresses(mail.to))}</td>` +
        `<td><a href="/messages/${id}">${escapeHtml(mail.subject ?? "(no subject)")}</a></td></tr>`,
    )
    .join("");
  return page(
    "AllyHut mail catcher",
    `<h1>Mail caught in development</h1><p>Nothing here was delivered. ${messages.length} message(s); the page refreshes itself.</p>
<table><thead><tr><th>Received (UTC)</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`,
    true,
  );
}

function messagePage({ id, mail }: CaughtMail): string {
  const unsubscribe = rawHeader(mail, "list-unsubscribe")?.replace(/^<|>$/g, "");
  const headers = [
    ["From", addresses(mail.from)],
    ["To", addresses(mail.to)],
    ["Subject", mail.subject ?? ""],
    ["Date", mail.date?.toISOString() ?? ""],
  ]
    .map(([name, value]) => `<tr><th>${name}</th><td>${escapeHtml(value!)}</td></tr>`)
    .join("");
  const unsubscribeRow = unsubscribe
    ? `<tr><th>List-Unsubscribe</th><td><a href="${escapeHtml(unsubscribe)}">${escapeHtml(unsubscribe)}</a></td></tr>`
    : "";
  const html = mail.html
    ? `<h2>HTML</h2><iframe sandbox src="/messages/${id}/html" title="The message's HTML"></iframe>`
    : "";
  return page(
    mail.subject ?? "Message",
    `<p><a href="/">← All messages</a></p><table>${headers}${unsubscribeRow}</table>${html}
<h2>Plain text</h2><pre>${escapeHtml(mail.text ?? "")}</pre>`,
  );
}

/** The inbox: GET / lists the messages, /messages/:id shows one, /messages/:id/html its HTML. */
export function inboxHandler(messages: CaughtMail[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? "/", "http://inbox").pathname;
    if (req.method !== "GET")
      return send(res, 405, PAGE_CSP, page("Not allowed", "<p>GET only.</p>"));
    if (path === "/") return send(res, 200, PAGE_CSP, listPage(messages));
    const match = /^\/messages\/(\d+)(\/html)?$/.exec(path);
    const message = match && messages.find((m) => m.id === Number(match[1]));
    if (!message) return send(res, 404, PAGE_CSP, page("Not found", "<p>No such message.</p>"));
    if (match[2]) return send(res, 200, MESSAGE_CSP, message.mail.html || "");
    send(res, 200, PAGE_CSP, messagePage(message));
  };
}
