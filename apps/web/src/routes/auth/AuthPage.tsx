import { Anchor, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { homePathFor, useViewer } from "../../app/viewer";
import { LoadingState } from "../../components/QueryState";
import { NoSuchAffiliateCenter } from "../onboarding/NoSuchAffiliateCenter";
import { AuthLayout } from "./AuthLayout";
import { invitationLead, useJoinInvitation } from "./join-invitation";
import { safeNextPath } from "./next-path";

interface AuthPageProps {
  title: string;
  /** What the page does, said again when a join link brought the person here. */
  action: string;
  /** Where to go without joining, when the join link names no affiliate center. */
  withoutJoining: { to: string; label: string };
  /** The other way in (sign-in ⇄ sign-up), keeping the join link and next page. */
  other: { question: string; path: string; label: string };
  children: ReactNode;
}

/** Sign-in and sign-up: the signed-in go on, a dead join link is explained, the rest see the form. */
export function AuthPage({ title, action, withoutJoining, other, children }: AuthPageProps) {
  const { viewer, loading } = useViewer();
  const invitation = useJoinInvitation();
  const [search] = useSearchParams();
  if (loading || invitation.kind === "loading") return <LoadingState />;
  if (viewer) return <Navigate to={safeNextPath(search) ?? homePathFor(viewer)} replace />;
  if (invitation.kind === "missing") {
    return (
      <AuthLayout title="No such affiliate center">
        <NoSuchAffiliateCenter slug={invitation.slug} back={withoutJoining} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={title} lead={invitationLead(invitation, action)}>
      {children}
      <Text size="sm" ta="center" mt="md">
        {other.question}{" "}
        <Anchor component={Link} to={`${other.path}${search.size ? `?${search}` : ""}`}>
          {other.label}
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
