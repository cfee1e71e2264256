/** The `next` query parameter, if it is a path on this site (never another origin). */
export function safeNextPath(search: URLSearchParams): string | null {
  const next = search.get("next");
  return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}
