import { Button, Group, Modal, Stack, Text } from "@mantine/core";

/** Asked once before an affiliate is switched off: what stops, and what stays theirs. */
export function DisableAffiliateDialog(props: {
  affiliateName: string | null;
  disabling: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const name = props.affiliateName;
  return (
    <Modal
      opened={name !== null}
      onClose={props.onCancel}
      title={name ? `Disable ${name}?` : ""}
      centered
      withCloseButton={false}
    >
      {name && (
        <Stack gap="sm">
          <Text size="sm">
            {name} can no longer promote your offers, and sales they refer from now on earn no
            commission.
          </Text>
          <Text size="sm">
            What they have already earned stays theirs: their balance is unchanged and they can
            still ask to withdraw it. You can switch them back on at any time.
          </Text>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={props.onCancel} data-autofocus>
              Keep active
            </Button>
            <Button color="red.9" loading={props.disabling} onClick={props.onConfirm}>
              {`Disable ${name}`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
