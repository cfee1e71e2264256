import type { Viewer } from "@allyhut/schema/domain";

interface CachedViewer {
  /** null: the session ended here; a lookup that raced the sign-out must not remember it. */
  viewer: Viewer | null;
  /** Date.now() after which the entry is not served: the TTL or the session's expiry, the earlier. */
  until: number;
}

/** Sessions remembered at most; past it the oldest entry goes (a Map keeps insertion order). */
export const SESSION_CACHE_CAPACITY = 10_000;

/**
 * Signed-in viewers by session token hash, for a few seconds, so that a signed-in request need not
 * read its session: the one statement every request paid.
 *
 * What it means, and why it is bounded to `ttlMs` (SESSION_CACHE_MS):
 * - sign-out and sign-in rotation on this instance forget the token at once; a sign-out on another
 *   instance ends the session there and in the database, but this instance may still serve it for up
 *   to `ttlMs` (the cookie is gone from that browser; only a copied token could use the window);
 * - a session is never served past its expires_at;
 * - the viewer holds userId, sellerId and the user's own record (whose name and e-mail never change
 *   after sign-up); only createSeller changes the viewer: it forgets every
 *   session of that user on this instance at once (forgetUser), while another instance (or a lookup
 *   of this one already in flight) may serve the old sellerId for up to `ttlMs`; roles and affiliate statuses are read by the services on every
 *   request, never from here;
 * - a token with no session is not remembered: it costs its SELECT as before.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedViewer>();

  constructor(
    readonly ttlMs: number,
    private readonly capacity = SESSION_CACHE_CAPACITY,
    private readonly clock: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The viewer remembered for `key`, if it is still fresh. */
  get(key: string): Viewer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() < entry.until) return entry.viewer ?? undefined;
    this.entries.delete(key);
    return undefined;
  }

  /** Remembers `viewer` for the TTL, or until its session expires (`msLeft` from now) if sooner. */
  remember(key: string, viewer: Viewer, msLeft: number): void {
    if (!this.enabled || !(msLeft > 0)) return;
    const ended = this.entries.get(key);
    if (ended && ended.viewer === null && this.clock() < ended.until) return;
    this.set(key, viewer, msLeft);
  }

  /** Forgets every session of `userId` (its viewer changed): rare, so a scan of the entries. */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.viewer?.userId === userId) this.entries.delete(key);
    }
  }

  /** The session of `key` ended on this instance: never served again, not even by a racing lookup. */
  ended(key: string): void {
    if (this.enabled) this.set(key, null, this.ttlMs);
  }

  private set(key: string, viewer: Viewer | null, msLeft: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const until = this.clock() + Math.min(this.ttlMs, msLeft);
    this.entries.set(key, { viewer: viewer && Object.freeze({ ...viewer }), until });
  }
}

/** No cache: every request reads its session. */
export const NO_SESSION_CACHE = new SessionCache(0);
