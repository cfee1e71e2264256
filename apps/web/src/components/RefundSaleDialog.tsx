import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { graphql } from "../gql";
import { evictMoneyViews } from "../lib/cache";
import { describeApiError } from "../lib/errors";
import { formatMoneyValue } from "../lib/money";
import { showToast } from "../app/toasts";

const ReverseSaleMutation = graphql(`
  mutation ReverseSale($orderId: String!) {
    reverseSale(orderId: $orderId) {
      id
      reversed
    }
  }
`);

export interface RefundableCommission {
  orderId: string;
  amount: { amount: string; currencyCode: string };
}

interface RefundSaleDialogProps {
  affiliateId: string;
  /** The commission to refund; null keeps the dialog closed. */
  commission: RefundableCommission | null;
  onClose: () => void;
}

/** Asks once before reverseSale takes an affiliate's commission back (a refund). */
export function RefundSaleDialog({ affiliateId, commission, onClose }: RefundSaleDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [reverseSale, { loading }] = useMutation(ReverseSaleMutation, {
    // Balances, totals and lists all move with a refund: refetch what is on screen.
    refetchQueries: "active",
    awaitRefetchQueries: true,
    update: (cache) => evictMoneyViews(cache, affiliateId),
  });
  const close = () => {
    setError(null);
    onClose();
  };
  const refund = async (refunded: RefundableCommission) => {
    setError(null);
    try {
      await reverseSale({ variables: { orderId: refunded.orderId } });
      showToast({
        color: "green",
        message: `Order ${refunded.orderId} refunded: its ${formatMoneyValue(refunded.amount)} commission is reversed.`,
      });
      close();
    } catch (caught) {
      setError(describeApiError(caught));
    }
  };
  return (
    <Modal
      opened={commission !== null}
      onClose={close}
      title={commission ? `Refund order ${commission.orderId}?` : "Refund"}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {commission && (
        <Stack>
          {error && (
            <Alert color="red" role="alert" title="Not refunded">
              {error}
            </Alert>
          )}
          <Text size="sm">
            The affiliate&apos;s {formatMoneyValue(commission.amount)} commission is taken back: it
            leaves their balance. If it was already paid out, their available balance goes below
            zero until new commissions make up for it. This cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red.9" loading={loading} onClick={() => void refund(commission)}>
              Refund order
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
