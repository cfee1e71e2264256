import { Alert, Anchor, Container } from "@mantine/core";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";

/** Shown when a page fails to load or render (a chunk missing after a deploy, a bug). */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : "This page could not be shown. Reloading usually helps.";
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="Something went wrong" role="alert">
        {message}{" "}
        <Anchor component={Link} to="/" reloadDocument>
          Reload AllyHut
        </Anchor>
      </Alert>
    </Container>
  );
}
