// The benchmark's yardstick for the SPA's initial JavaScript: React and Apollo Client doing one
// query, built by bench/run.mjs with apps/web/vite.config.ts. Nothing else.
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const client = new ApolloClient({
  link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
  cache: new InMemoryCache(),
});

const ME = gql`
  query Me {
    me {
      id
      name
    }
  }
`;

function App() {
  const { data, loading, error } = useQuery(ME);
  if (loading) return <p>Loading…</p>;
  if (error) return <p>{error.message}</p>;
  return <p>{data?.me ? `Hello, ${data.me.name}` : "Signed out"}</p>;
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
