import { Text } from "@mantine/core";
import { BreakableAddress } from "./BreakableAddress";
import { paymentMethodLabel } from "./StatusBadge";

/** How a withdrawal is paid, for a table cell: the method, and the account below it. */
export function PayoutMethod(props: { paymentMethod: string; payoutAccount: string }) {
  return (
    <>
      <Text size="sm">{paymentMethodLabel(props.paymentMethod)}</Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
        <BreakableAddress address={props.payoutAccount} />
      </Text>
    </>
  );
}
