import { Button, Group, Modal, Stack, Text } from "@mantine/core";

/** Asked once before an endpoint is deleted: what stops, and how to get it back. */
export function DeleteWebhookEndpointDialog(props: {
  url: string | null;
  deleting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { url } = props;
  return (
    <Modal
      opened={url !== null}
      onClose={props.onCancel}
      title="Delete this endpoint?"
      centered
      withCloseButton={false}
    >
      {url && (
        <Stack gap="sm">
          <Text size="sm">
            AllyHut stops posting events to{" "}
            <strong style={{ overflowWrap: "anywhere" }}>{url}</strong> at once: deliveries still
            waiting to be sent there are marked Failed, and its signing secret is no longer used.
          </Text>
          <Text size="sm">
            To receive webhooks there again, add the address anew: it gets a new secret.
          </Text>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={props.onCancel} data-autofocus>
              Keep endpoint
            </Button>
            <Button color="red.9" loading={props.deleting} onClick={props.onConfirm}>
              Delete endpoint
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
