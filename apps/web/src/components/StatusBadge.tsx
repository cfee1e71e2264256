import { Badge } from "@mantine/core";
import { AffiliateStatus, WithdrawalStatus } from "@allyhut/schema";

const withdrawalColors: Record<string, string> = {
  [WithdrawalStatus.PENDING]: "yellow",
  [WithdrawalStatus.APPROVED]: "green",
  [WithdrawalStatus.REJECTED]: "red",
};

/** "Pending", "Approved" or "Rejected". */
export function withdrawalStatusLabel(status: string): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

export function WithdrawalStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={withdrawalColors[status] ?? "gray"} variant="light" autoContrast>
      {withdrawalStatusLabel(status)}
    </Badge>
  );
}

export function AffiliateStatusBadge({ status }: { status: string }) {
  const active = status === AffiliateStatus.ACTIVE;
  return (
    <Badge color={active ? "green" : "gray"} variant="light" autoContrast>
      {active ? "Active" : "Disabled"}
    </Badge>
  );
}

/** "PayPal" or "Bank transfer". */
export function paymentMethodLabel(method: string): string {
  return method === "PAYPAL" ? "PayPal" : "Bank transfer";
}
