import express from "express";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { UnsubscribeTokens } from "../modules/notifications/mail/unsubscribe-tokens";

// The List-Unsubscribe link: GET shows a confirmation page with one button; POST (the button, or a
// mail client's RFC 8058 one-click "List-Unsubscribe=One-Click") records the opt-out. The link's
// HMAC token is what authorizes it: no session, no cookie.

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:Helvetica,Arial,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}
button{font-size:1rem;padding:.5rem 1rem}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

const INVALID_LINK = page(
  "This unsubscribe link is not valid",
  "<p>The link is incomplete or was changed. Use the Unsubscribe link of the e-mail itself.</p>",
);

const query = (req: express.Request, name: string): unknown =>
  (req.query as Record<string, unknown>)[name];

export function unsubscribeRoutes(db: DataSource, config: Config): express.Router {
  const tokens = new UnsubscribeTokens(db, config);
  const router = express.Router();
  const verifiedUser = async (req: express.Request): Promise<string | null> => {
    const user = query(req, "user");
    return (await tokens.verify(user, query(req, "token"))) ? (user as string) : null;
  };

  router.get("/unsubscribe", async (req, res) => {
    const userId = await verifiedUser(req);
    if (!userId) return void res.status(400).type("html").send(INVALID_LINK);
    const action = `/unsubscribe?user=${encodeURIComponent(userId)}&token=${encodeURIComponent(String(query(req, "token")))}`;
    res.type("html").send(
      page(
        "Unsubscribe from AllyHut e-mails?",
        `<p>You will no longer get e-mails about your affiliate account being switched off or on, or
digests of withdrawal requests. E-mails about payments still come.</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
      ),
    );
  });

  router.post(
    "/unsubscribe",
    express.urlencoded({ extended: false, limit: "1kb" }),
    async (req, res) => {
      const userId = await verifiedUser(req);
      if (!userId) return void res.status(400).type("html").send(INVALID_LINK);
      await db.query(
        `INSERT INTO email_opt_outs (user_id) SELECT id FROM users WHERE id = ?
         ON DUPLICATE KEY UPDATE user_id = user_id`,
        [userId],
      );
      res
        .type("html")
        .send(
          page(
            "You are unsubscribed",
            "<p>You will get no more of these e-mails. E-mails about payments still come.</p>",
          ),
        );
    },
  );
  return router;
}
