import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways inside its card on a phone. The scrolling region is focusable
 * and named, so keyboard users can scroll it too.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
