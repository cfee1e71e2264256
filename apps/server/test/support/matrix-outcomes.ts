// The matrix's vocabulary: actors, scenes, expected outcomes and the common patterns of access.
import type { AnyData } from "./http";
import type { AffiliateRecords, TenantRecords } from "./matrix-world";

export const ACTORS = [
  "anonymous",
  "sellerA",
  "sellerB",
  /** An affiliate of seller A, on its own record. */
  "affiliateOwn",
  /** An affiliate of seller A, on another affiliate's record of A. */
  "affiliateOther",
  /** Signed in, neither seller nor affiliate. */
  "noRole",
] as const;
export type Actor = (typeof ACTORS)[number];

/** What one cell acts on. Queries read the seeded world; mutations get fresh records per cell. */
export interface Scene {
  A: TenantRecords;
  B: TenantRecords;
  /** The affiliate of A whose records the cell names (for affiliateOther, not the actor's own). */
  target: AffiliateRecords;
  affiliatesOfA: AffiliateRecords[];
  affiliatesOfB: AffiliateRecords[];
  actorUserId: string | null;
  /** Fresh per cell, for emails, slugs and order ids that must not exist yet. */
  fresh: string;
  loginUser: { userId: string; email: string; password: string };
}

export type Outcome =
  | { error: string }
  | { hidden: true }
  | { sees: (scene: Scene) => string[]; check?: (data: AnyData, scene: Scene) => boolean };

export interface MatrixRow {
  /** The schema field the row is about: "Query.affiliate", "Affiliate.withdrawals", ... */
  operation: string;
  label: string;
  kind: "query" | "mutation";
  document: string;
  variables?: (scene: Scene) => Record<string, unknown>;
  expect: Record<Actor, Outcome>;
  /**
   * What the answer may show to any actor although it is another tenant's, because the row is about
   * exactly that (a seller's public join page: its slug and name). Nothing else is exempt from the
   * check for foreign records, not even what the client sent.
   */
  reveals?: (scene: Scene) => string[];
}

export const denied = (code: string): Outcome => ({ error: code });
export const HIDDEN: Outcome = { hidden: true };
export const sees = (
  ids: (scene: Scene) => string[],
  check?: (d: AnyData, s: Scene) => boolean,
) => ({
  sees: ids,
  check,
});
export const ok = (check: (d: AnyData, s: Scene) => boolean): Outcome => ({
  sees: () => [],
  check,
});

export const UNAUTHENTICATED = denied("UNAUTHENTICATED");
export const FORBIDDEN = denied("FORBIDDEN");
export const NOT_FOUND = denied("NOT_FOUND");

/** Seller-only operations: seller A on its records, seller B on its own or not at all. */
export const sellerOnly = (a: Outcome, b: Outcome): Record<Actor, Outcome> => ({
  anonymous: UNAUTHENTICATED,
  sellerA: a,
  sellerB: b,
  affiliateOwn: FORBIDDEN,
  affiliateOther: FORBIDDEN,
  noRole: FORBIDDEN,
});

/** A record of A's affiliate: its seller and its own user see it, anyone else gets null. */
export const readable = (outcome: Outcome): Record<Actor, Outcome> => ({
  anonymous: UNAUTHENTICATED,
  sellerA: outcome,
  sellerB: HIDDEN,
  affiliateOwn: outcome,
  affiliateOther: HIDDEN,
  noRole: HIDDEN,
});

/** The affiliate's own mutation: only its user; for anyone else the record does not exist. */
export const ownerOnly = (outcome: Outcome): Record<Actor, Outcome> => ({
  anonymous: UNAUTHENTICATED,
  sellerA: NOT_FOUND,
  sellerB: NOT_FOUND,
  affiliateOwn: outcome,
  affiliateOther: NOT_FOUND,
  noRole: NOT_FOUND,
});

/** For any signed-in user, or anyone. */
export const everyone = (
  outcome: Outcome,
  anonymous: Outcome = outcome,
): Record<Actor, Outcome> => ({
  anonymous,
  sellerA: outcome,
  sellerB: outcome,
  affiliateOwn: outcome,
  affiliateOther: outcome,
  noRole: outcome,
});
