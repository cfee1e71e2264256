import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { RouterProvider } from "react-router";
import type { AppRouter } from "./router";
import { cssVariablesResolver, theme } from "./theme";
import { Toasts } from "./toasts";

export function App({ client, router }: { client: ApolloClient; router: AppRouter }) {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Toasts />
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
