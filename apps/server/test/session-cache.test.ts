import { loadConfig } from "../src/config";
import { SessionCache } from "../src/modules/auth/session-cache";

const viewer = { userId: "1", sellerId: null };

describe("SessionCache", () => {
  let now = 1_000_000;
  const clock = () => now;

  it("serves a viewer for the TTL, then not", () => {
    const cache = new SessionCache(2_000, 10, clock);
    cache.remember("a", viewer, 60_000);
    now += 1_999;
    expect(cache.get("a")).toEqual(viewer);
    now += 1;
    expect(cache.get("a")).toBeUndefined();
  });

  it("never serves a session past its expiry, nor one already expired", () => {
    const cache = new SessionCache(5_000, 10, clock);
    cache.remember("a", viewer, 300);
    cache.remember("b", viewer, 0);
    now += 299;
    expect(cache.get("a")).toEqual(viewer);
    expect(cache.get("b")).toBeUndefined();
    now += 1;
    expect(cache.get("a")).toBeUndefined();
  });

  it("holds at most its capacity, dropping the oldest", () => {
    const cache = new SessionCache(5_000, 2, clock);
    for (const key of ["a", "b", "c"]) cache.remember(key, viewer, 60_000);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("c")).toEqual(viewer);
  });

  it("does not let a lookup that raced a sign-out remember the ended session", () => {
    const cache = new SessionCache(2_000, 10, clock);
    cache.remember("a", viewer, 60_000);
    cache.ended("a");
    cache.remember("a", viewer, 60_000);
    cache.forgetUser(viewer.userId);
    cache.remember("a", viewer, 60_000);
    expect(cache.get("a")).toBeUndefined();
  });

  it("forgets every session of a user whose viewer changed, and only theirs", () => {
    const cache = new SessionCache(2_000, 10, clock);
    const other = { ...viewer, userId: `${viewer.userId}0` };
    cache.remember("a", viewer, 60_000);
    cache.remember("b", viewer, 60_000);
    cache.remember("c", other, 60_000);
    cache.forgetUser(viewer.userId);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, undefined, other]);
  });

  it("remembers nothing when off", () => {
    const cache = new SessionCache(0, 10, clock);
    cache.remember("a", viewer, 60_000);
    expect(cache.get("a")).toBeUndefined();
  });
});

describe("SESSION_CACHE_MS", () => {
  it("is 2 s by default, off under NODE_ENV=test, and bounded to 10 s", () => {
    expect(loadConfig({}).sessionCacheMs).toBe(2_000);
    expect(loadConfig({ NODE_ENV: "test" }).sessionCacheMs).toBe(0);
    expect(loadConfig({ NODE_ENV: "test", SESSION_CACHE_MS: "500" }).sessionCacheMs).toBe(500);
    expect(() => loadConfig({ SESSION_CACHE_MS: "60000" })).toThrow(
      /SESSION_CACHE_MS must be a whole number from 0 to 10000/,
    );
  });
});
