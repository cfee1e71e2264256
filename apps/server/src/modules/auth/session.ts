import { createHash, randomBytes } from "node:crypto";
import type { CookieOptions, Request, Response } from "express";
import { Raw, type DataSource } from "typeorm";
import type { SessionControl, Viewer } from "@allyhut/schema/domain";
import { insertRow, UTC_NOW } from "../../db/insert-row";
import { cookieValues } from "./cookie-values";
import { NO_SESSION_CACHE, type SessionCache } from "./session-cache";
import { idFrom } from "../../db/sql-values";
import { USER_COLUMNS, userFrom } from "../users/user.row";
import { Session } from "./session.entity";

export const SESSION_COOKIE = "allyhut_session";
export const SESSION_LIFETIME_DAYS = 14;
const SESSION_LIFETIME_MS = SESSION_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

// 32 random bytes, base64url without padding.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface SessionOptions {
  /** Secure cookies (production). */
  secureCookies: boolean;
  /** The instance's session cache: sign-in and sign-out forget the tokens they end. */
  cache?: SessionCache;
}

/** Only the token's SHA-256 is stored: a leaked sessions table signs nobody in. */
export const tokenHashOf = (token: string): Buffer => createHash("sha256").update(token).digest();

/** The session token of the request's Cookie header, if it has a well-formed one. */
export function sessionTokenOf(req: Pick<Request, "headers">): string | null {
  // Two cookies of that name (set for different paths): the first well-formed one.
  for (const value of cookieValues(req.headers.cookie, SESSION_COOKIE)) {
    if (TOKEN_PATTERN.test(value)) return value;
  }
  return null;
}

// The session cache's key: the token's hash, as the sessions table keys it.
const cacheKeyOf = (tokenHash: Buffer): string => tokenHash.toString("base64");

/**
 * The viewer of this request from its session cookie, or null: one hand-written statement, or none
 * when `cache` still holds the session (see SessionCache for what that allows).
 */
export async function resolveViewer(
  db: DataSource,
  req: Request,
  cache: SessionCache = NO_SESSION_CACHE,
): Promise<Viewer | null> {
  const token = sessionTokenOf(req);
  if (!token) return null;
  const tokenHash = tokenHashOf(token);
  const key = cache.enabled ? cacheKeyOf(tokenHash) : null;
  const cached = key === null ? undefined : cache.get(key);
  if (cached) return cached;
  const [row] = await db.query(
    `SELECT s.user_id, sl.id AS seller_id, ${USER_COLUMNS},
       TIMESTAMPDIFF(MICROSECOND, UTC_TIMESTAMP(3), s.expires_at) DIV 1000 AS ms_left
     FROM sessions s
     JOIN users u ON u.id = s.user_id
     LEFT JOIN sellers sl ON sl.owner_user_id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > UTC_TIMESTAMP(3)`,
    [tokenHash],
  );
  if (!row) return null;
  const viewer: Viewer = {
    userId: idFrom(row.user_id),
    sellerId: row.seller_id == null ? null : idFrom(row.seller_id),
    user: userFrom(row),
  };
  if (key !== null) cache.remember(key, viewer, Number(row.ms_left));
  return viewer;
}

/** Starts and ends sessions for this request, setting and clearing the cookie on `res`. */
export function createSessionControl(
  db: DataSource,
  req: Request,
  res: Response,
  options: SessionOptions,
): SessionControl {
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: options.secureCookies,
  };
  // The token this request is signed in with; signIn replaces it, so a later signOut ends the new one.
  let currentToken = sessionTokenOf(req);

  const sessions = db.getRepository(Session);

  async function endCurrentSession(): Promise<void> {
    if (!currentToken) return;
    const tokenHash = tokenHashOf(currentToken);
    await sessions.delete({ tokenHash });
    // After the delete: a request of this token that reads the session from now on finds none.
    options.cache?.ended(cacheKeyOf(tokenHash));
    currentToken = null;
  }

  return {
    async signIn(userId: string): Promise<void> {
      // Rotation: a token that existed before sign-in (perhaps planted) never becomes a signed-in one.
      await endCurrentSession();
      await sessions.delete({ userId, expiresAt: Raw((column) => `${column} <= ${UTC_NOW()}`) });
      const token = randomBytes(32).toString("base64url");
      await insertRow(db, Session, {
        userId,
        tokenHash: tokenHashOf(token),
        createdAt: UTC_NOW,
        expiresAt: () => `${UTC_NOW()} + INTERVAL ${SESSION_LIFETIME_DAYS} DAY`,
      });
      currentToken = token;
      res.cookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_LIFETIME_MS });
    },
    async signOut(): Promise<void> {
      await endCurrentSession();
      res.clearCookie(SESSION_COOKIE, cookieOptions);
    },
  };
}
