import { Alert, Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import type { PlaygroundContext } from "./playground-context";

/** Above the editor: whom the playground acts as, or that it needs a sign-in first. */
export function PlaygroundIntro({ viewer }: { viewer: PlaygroundContext["viewer"] }) {
  if (!viewer) {
    return (
      <Alert color="yellow" title="Sign in first" py="xs" radius={0}>
        The playground acts as the signed-in user.{" "}
        <Anchor component={Link} to="/login?next=%2Fplayground" inherit>
          Sign in to AllyHut
        </Anchor>{" "}
        and come back for examples with your own data; until then only read-only examples are
        offered.
      </Alert>
    );
  }
  return (
    <Text size="sm" px="md" py={6}>
      Acting as <strong>{viewer.name}</strong> ({viewer.email}). Examples that change data say so in
      their first lines.
    </Text>
  );
}
