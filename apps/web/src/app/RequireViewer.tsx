import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, LoadingState } from "../components/QueryState";
import { homePathFor, useViewer } from "./viewer";
import { AppLayout } from "./AppLayout";

/** Signed-in screens: sends a signed-out visitor to Sign in, and back here afterwards. */
export function RequireViewer() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (error && !viewer) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <AppLayout viewer={viewer}>
      <Outlet />
    </AppLayout>
  );
}

/** The seller's screens: a user without a seller is sent to onboarding. */
export function RequireSeller() {
  const { viewer } = useViewer();
  if (!viewer?.seller) return <Navigate to="/welcome" replace />;
  return <Outlet />;
}

/** `/`: the right home for whoever is signed in. */
export function HomeRedirect() {
  const { viewer } = useViewer();
  return <Navigate to={homePathFor(viewer)} replace />;
}
