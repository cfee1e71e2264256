import { Button, Group, Modal, Text } from "@mantine/core";

/** "Discard your changes?": asked when a drawer with unsaved input is closed. */
export function DiscardChangesDialog(props: {
  opened: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onKeepEditing}
      title="Discard your changes?"
      centered
      withCloseButton={false}
      // Opened by an Escape, Mantine's window listener closed it on that same Escape: Escape is
      // handled below instead, only for key presses inside the dialog.
      closeOnEscape={false}
    >
      <div
        onKeyDown={(event) => {
          if (event.key === "Escape") props.onKeepEditing();
        }}
      >
        <Text size="sm" mb="lg">
          What you typed has not been saved. Closing now throws it away.
        </Text>
        <Group justify="flex-end" gap="sm">
          {/* Focused first: Enter or Escape keeps the work. */}
          <Button variant="default" onClick={props.onKeepEditing} data-autofocus>
            Keep editing
          </Button>
          <Button color="red.9" onClick={props.onDiscard}>
            Discard
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
