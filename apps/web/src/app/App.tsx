import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { lazy, Suspense } from "react";
import { RouterProvider } from "react-router";
import type { AppRouter } from "./router";
import { cssVariablesResolver, theme } from "./theme";

// Toasts are never on the first screen: their component (transitions, portal) loads after it.
const Notifications = lazy(async () => ({
  default: (await import("@mantine/notifications")).Notifications,
}));

export function App({ client, router }: { client: ApolloClient; router: AppRouter }) {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Suspense fallback={null}>
          {/* Bottom right: at the top the toast covered the header's Sign out button. */}
          <Notifications position="bottom-right" />
        </Suspense>
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
