import { Badge } from "@mantine/core";
import { AffiliateStatus, WithdrawalStatus } from "@allyhut/schema";

// Tints with dark text: Mantine's light badges fall below WCAG AA contrast for green and yellow.
const tones = {
  green: { bg: "#ebfbee", c: "#1f6f33" },
  yellow: { bg: "#fff9db", c: "#7a4d00" },
  red: { bg: "#fff5f5", c: "#b02525" },
  gray: { bg: "#f1f3f5", c: "#343a40" },
};
type Tone = keyof typeof tones;

const withdrawalTones: Record<string, Tone> = {
  [WithdrawalStatus.PENDING]: "yellow",
  [WithdrawalStatus.APPROVED]: "green",
  [WithdrawalStatus.REJECTED]: "red",
};

/** A badge whose text passes WCAG AA on its tint. */
export function ToneBadge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <Badge
      variant="light"
      bg={tones[tone].bg}
      c={tones[tone].c}
      style={{ minWidth: "max-content" }}
    >
      {children}
    </Badge>
  );
}

/** "Pending", "Approved" or "Rejected". */
export function withdrawalStatusLabel(status: string): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

export function WithdrawalStatusBadge({ status }: { status: string }) {
  return (
    <ToneBadge tone={withdrawalTones[status] ?? "gray"}>{withdrawalStatusLabel(status)}</ToneBadge>
  );
}

/** "Active" or "Inactive" for an offer. */
export function OfferActiveBadge({ active }: { active: boolean }) {
  return <ToneBadge tone={active ? "green" : "gray"}>{active ? "Active" : "Inactive"}</ToneBadge>;
}

export function AffiliateStatusBadge({ status }: { status: string }) {
  const active = status === AffiliateStatus.ACTIVE;
  return <ToneBadge tone={active ? "green" : "gray"}>{active ? "Active" : "Disabled"}</ToneBadge>;
}

/** "PayPal" or "Bank transfer". */
export function paymentMethodLabel(method: string): string {
  return method === "PAYPAL" ? "PayPal" : "Bank transfer";
}
