import { useApolloClient, useMutation } from "@apollo/client/react";
import { Button } from "@mantine/core";
import { useNavigate } from "react-router";
import { graphql } from "../gql";
import { ViewerQuery } from "./viewer";

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(SignOutMutation);
  const signOut = async () => {
    try {
      await logout();
    } finally {
      // Nothing of the previous user may stay on screen or in memory.
      await client.clearStore();
      client.writeQuery({ query: ViewerQuery, data: { me: null } });
      await navigate("/login", { replace: true });
    }
  };
  return (
    <Button variant="default" size="xs" loading={loading} onClick={() => void signOut()}>
      Sign out
    </Button>
  );
}
