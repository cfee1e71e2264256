import { ToneBadge } from "../../../components/StatusBadge";

/** "Open" (something to pay or import) or "Closed". */
export function BatchStatusBadge({ status }: { status: string }) {
  return status === "OPEN" ? (
    <ToneBadge tone="yellow">Open</ToneBadge>
  ) : (
    <ToneBadge tone="gray">Closed</ToneBadge>
  );
}
