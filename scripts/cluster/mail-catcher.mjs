#!/usr/bin/env node
// The cluster's one mail catcher (the server's dev catcher, built in apps/server/dist): every
// instance sends through it (SMTP_URL), so one inbox page shows the mail of all three.
import { createRequire } from "node:module";
import path from "node:path";
import { MAIL_SMTP_PORT, MAIL_WEB_PORT, REPO_ROOT, say } from "./lib.mjs";

const require = createRequire(import.meta.url);
const { startMailCatcher } = require(
  path.join(REPO_ROOT, "apps/server/dist/dev-mail/mail-catcher.js"),
);

const catcher = await startMailCatcher({
  smtpPort: MAIL_SMTP_PORT,
  webPort: MAIL_WEB_PORT,
  onError: (error) => say(`mail catcher: ${error.message}`),
});
// It falls back to any free port, but the instances were told these ones.
const wanted = [`smtp://127.0.0.1:${MAIL_SMTP_PORT}`, `http://127.0.0.1:${MAIL_WEB_PORT}/`];
if (catcher.smtpUrl !== wanted[0] || catcher.inboxUrl !== wanted[1]) {
  say(`mail catcher: ports ${MAIL_SMTP_PORT}/${MAIL_WEB_PORT} are taken (got ${catcher.smtpUrl})`);
  await catcher.close();
  process.exit(1);
}
say(`mail catcher: ${catcher.smtpUrl}, inbox ${catcher.inboxUrl}`);
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => catcher.close().then(() => process.exit(0)));
}
