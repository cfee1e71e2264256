import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
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
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Moved here from the form's button, which is gone: screen readers read the panel next.
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <Alert
      color="yellow"
      variant="outline"
      // A named region rather than Mantine's role="alert": the focus brings the reader here instead.
      role="region"
      title={
        <span ref={titleRef} tabIndex={-1}>
          Copy this secret now: it is shown only once
        </span>
      }
    >
      <Stack gap="sm">
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
    </Alert>
  );
}
