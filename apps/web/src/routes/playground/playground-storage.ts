import type { GraphiQL } from "graphiql";
import type { ComponentProps } from "react";

/** What GraphiQL keeps between visits: query history and favourites, theme, the open panel. */
const KEPT = new Set(["queries", "favorites", "theme", "visiblePlugin"]);

type GraphiQLStorage = NonNullable<ComponentProps<typeof GraphiQL>["storage"]>;

/**
 * GraphiQL's storage for one user: their history apart from any other account's on this browser,
 * and the tabs, editors and headers for this visit only, so every visit opens on examples filled
 * with the signed-in user's data (a stored tab once kept another user's "sign in" example).
 */
export function playgroundStorage(userId: string | null, store: Storage = localStorage) {
  const prefix = `allyhut:playground:${userId ?? "signed-out"}:`;
  const thisVisit = new Map<string, string>();
  const kept = (key: string) => KEPT.has(key.split(":").pop() ?? key);
  const keptKeys = () =>
    Array.from({ length: store.length }, (_, index) => store.key(index) ?? "").filter((key) =>
      key.startsWith(prefix),
    );
  const storage: GraphiQLStorage = {
    getItem: (key) => (kept(key) ? store.getItem(prefix + key) : (thisVisit.get(key) ?? null)),
    setItem: (key, value) => {
      if (kept(key)) store.setItem(prefix + key, value);
      else thisVisit.set(key, value);
    },
    removeItem: (key) => {
      store.removeItem(prefix + key);
      thisVisit.delete(key);
    },
    clear: () => {
      for (const key of keptKeys()) store.removeItem(key);
      thisVisit.clear();
    },
    get length() {
      return keptKeys().length + thisVisit.size;
    },
  };
  return storage;
}
