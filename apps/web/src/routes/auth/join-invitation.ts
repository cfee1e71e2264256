import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { graphql } from "../../gql";
import { joinSlugOf } from "./next-path";

const JoinInvitationQuery = graphql(`
  query JoinInvitation($slug: String!) {
    sellerBySlug(slug: $slug) {
      name
      slug
    }
  }
`);

/** Where a sign-in that came from a join link (?next=/join/SLUG) leads. */
export type JoinInvitation =
  | { kind: "none" }
  | { kind: "loading" }
  | { kind: "seller"; sellerName: string }
  | { kind: "missing"; slug: string };

/**
 * The seller a signed-out visitor's join link names (sellerBySlug needs no sign-in). Not from a
 * join link, or the look-up failed: "none", and the page signs in as usual.
 */
export function useJoinInvitation(): JoinInvitation {
  const [search] = useSearchParams();
  const slug = joinSlugOf(search);
  const { data, loading } = useQuery(JoinInvitationQuery, {
    variables: { slug: slug ?? "" },
    skip: slug === null,
  });
  if (slug === null) return { kind: "none" };
  if (loading && !data) return { kind: "loading" };
  if (!data) return { kind: "none" };
  const seller = data.sellerBySlug;
  return seller ? { kind: "seller", sellerName: seller.name } : { kind: "missing", slug };
}

/** "Sign in (or create an account) to join Demo Coaching's affiliate program." */
export const invitationLead = (invitation: JoinInvitation, action: string): string | undefined =>
  invitation.kind === "seller"
    ? `${action} to join ${invitation.sellerName}'s affiliate program.`
    : undefined;
