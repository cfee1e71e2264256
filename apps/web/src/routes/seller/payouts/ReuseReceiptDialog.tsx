import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useEscapeOverDrawer } from "../../../components/drawer-guard";
import type { ProcessValues } from "./process-rules";
import type { ReusedReceipt } from "./useProcessWithdrawal";

/**
 * The duplicate-payment guard: a receipt number already on another request is most often the same
 * payment entered twice, so it is saved again only once the seller says so.
 */
export function ReuseReceiptDialog(props: {
  reusedReceipt: ReusedReceipt | null;
  saving: boolean;
  onConfirm: (values: ProcessValues) => void;
  onCancel: () => void;
}) {
  const { reusedReceipt } = props;
  useEscapeOverDrawer(reusedReceipt !== null);
  return (
    <Modal
      opened={reusedReceipt !== null}
      onClose={props.onCancel}
      title="This receipt number is already used"
      centered
      withCloseButton={false}
    >
      {reusedReceipt && (
        <Stack gap="sm">
          <Text size="sm">{reusedReceipt.message}</Text>
          <Text size="sm" fw={600}>
            Use it again? Only if this one payment really paid both requests.
          </Text>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={props.onCancel} data-autofocus>
              Go back
            </Button>
            <Button loading={props.saving} onClick={() => props.onConfirm(reusedReceipt.values)}>
              Use it again
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
