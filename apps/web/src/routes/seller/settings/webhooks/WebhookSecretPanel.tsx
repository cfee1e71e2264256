import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useId, useRef } from "react";
import { CopyableLink } from "../../../../components/CopyableLink";
import type { CreatedEndpoint } from "./useCreateWebhookEndpoint";

/**
 * The signing secret of the endpoint just added, shown this once: AllyHut never shows it again, so
 * the panel takes the focus and stays until the seller says they have saved it.
 */
export function WebhookSecretPanel({
  created,
  onDone,
}: {
  created: CreatedEndpoint;
  onDone: () => void;
}) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Moved here from the form's button, which is gone: screen readers read the panel next.
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="md"
      // An orange frame marks it out; the text stays dark on white for contrast.
      style={{ borderColor: "var(--mantine-color-orange-7)", borderWidth: 2 }}
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id={titleId} ref={titleRef} tabIndex={-1}>
          Copy this secret now: it is shown only once
        </Title>
        <Text size="sm">
          Webhooks to <strong style={{ overflowWrap: "anywhere" }}>{created.url}</strong> are signed
          with this secret. Store it with your server&apos;s settings: it checks each request&apos;s{" "}
          <code>webhook-signature</code> header with it. If you lose it, delete the endpoint and add
          it again for a new one.
        </Text>
        <CopyableLink label="Signing secret" value={created.secret} what="signing secret" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            I have saved the secret
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
