import { Code, Group, Stack, Text } from "@mantine/core";
import { CopyValueButton } from "../../../components/CopyableLink";

/** A titled block of code with a Copy button; the block scrolls sideways on a phone. */
export function CopyableCode({ title, code, what }: { title: string; code: string; what: string }) {
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <CopyValueButton value={code} what={what} />
      </Group>
      {/* A named, focusable region: keyboard users can scroll a long line sideways. */}
      <Code block style={{ overflowX: "auto" }} role="region" aria-label={title} tabIndex={0}>
        {code}
      </Code>
    </Stack>
  );
}
