import { Fragment } from "react";

/**
 * An email or payout account that a narrow screen wraps after "@" and "." instead of mid-word:
 * a <wbr> follows each. Only a part longer than the whole line still breaks inside.
 */
export function BreakableAddress({ address }: { address: string }) {
  const parts = address.split(/(?<=[@.])/);
  return (
    <span style={{ overflowWrap: "break-word" }}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
