import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Config } from "../../../config";

// The List-Unsubscribe link carries the user id and an HMAC of it, so nobody can unsubscribe another
// user by guessing ids. The key comes from SESSION_SECRET (required in production); without one
// (development, tests) from a random secret kept in the database, so links survive a restart and
// differ between databases, and no fixed key is ever in the code.
const DERIVATION_LABEL = "allyhut/unsubscribe-link/v1";
const SECRET_NAME = "unsubscribe-link";

export class UnsubscribeTokens {
  private key: Promise<Buffer> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly config: Pick<Config, "sessionSecret" | "publicUrl">,
  ) {}

  /** The one-click link of a user's List-Unsubscribe header. */
  async link(userId: string): Promise<string> {
    const token = await this.token(userId);
    return `${this.config.publicUrl}/unsubscribe?user=${encodeURIComponent(userId)}&token=${token}`;
  }

  /** Whether `token` is the token of `userId`. */
  async verify(userId: unknown, token: unknown): Promise<boolean> {
    if (typeof userId !== "string" || !/^\d{1,20}$/.test(userId)) return false;
    if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
    const expected = Buffer.from(await this.token(userId));
    return timingSafeEqual(expected, Buffer.from(token));
  }

  private async token(userId: string): Promise<string> {
    return createHmac("sha256", await this.keyOnce())
      .update(`unsubscribe:${BigInt(userId)}`)
      .digest("base64url");
  }

  private keyOnce(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }

  private async loadKey(): Promise<Buffer> {
    if (this.config.sessionSecret) {
      return createHmac("sha256", this.config.sessionSecret).update(DERIVATION_LABEL).digest();
    }
    // The first process to ask stores it; every other one reads the same.
    await this.db.query("INSERT IGNORE INTO mail_secrets (name, secret) VALUES (?, ?)", [
      SECRET_NAME,
      randomBytes(32).toString("hex"),
    ]);
    const [row] = await this.db.query("SELECT secret FROM mail_secrets WHERE name = ?", [
      SECRET_NAME,
    ]);
    return Buffer.from(String(row.secret), "hex");
  }
}
