import "./notifications.css";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { RouterProvider } from "react-router";
import { createApolloClient } from "./apollo";
import { createRouter } from "./router";
import { cssVariablesResolver, theme } from "./theme";

// Toasts are never on the first screen: their component (transitions, portal) loads after it.
const Notifications = lazy(async () => ({
  default: (await import("@mantine/notifications")).Notifications,
}));

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Suspense fallback={null}>
          {/* Top centre, under the header: at the bottom right toasts covered the pager's Next and
              the drawer's History, at the top right the Sign out button; narrow and brief. */}
          <Notifications
            position="top-center"
            containerWidth={400}
            autoClose={3500}
            classNames={{ root: "app-notifications" }}
          />
        </Suspense>
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
