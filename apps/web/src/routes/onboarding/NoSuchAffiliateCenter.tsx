import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";

/** A join link whose slug no seller has: said at once, with a way back instead of a form. */
export function NoSuchAffiliateCenter(props: {
  slug: string;
  back: { to: string; label: string };
}) {
  return (
    <Stack gap="sm">
      <Text>
        There is no affiliate center at “{props.slug}”. Check the link you were given, or ask the
        seller for it again.
      </Text>
      <Anchor component={Link} to={props.back.to}>
        {props.back.label}
      </Anchor>
    </Stack>
  );
}
