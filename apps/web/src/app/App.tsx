import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { useState } from "react";
import { RouterProvider } from "react-router";
import { createApolloClient } from "./apollo";
import { createRouter } from "./router";
import { cssVariablesResolver, theme } from "./theme";

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="top-right" />
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
