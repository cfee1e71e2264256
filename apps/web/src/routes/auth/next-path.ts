/** The `next` query parameter, if it is a path on this site (never another origin). */
export function safeNextPath(search: URLSearchParams): string | null {
  const next = search.get("next");
  return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}

/** The affiliate center a sign-in leads back to, when `next` is a join link (/join/SLUG). */
export function joinSlugOf(search: URLSearchParams): string | null {
  const match = /^\/join\/([^/?#]+)\/?$/.exec(safeNextPath(search) ?? "");
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
