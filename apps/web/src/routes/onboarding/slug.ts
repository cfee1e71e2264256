import { SELLER_SLUG_MAX_LENGTH } from "@allyhut/schema";

/** "Demo Coaching!" → "demo-coaching": a first suggestion the seller can edit. */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SELLER_SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
}
