import type { ComponentProps, ReactNode } from "react";
import type { ToneBadge } from "../StatusBadge";

/** How one outcome of an import line looks: its badge in words, and whether it is a problem. */
export interface ImportOutcomeStyle {
  label: string;
  tone: ComponentProps<typeof ToneBadge>["tone"];
  problem: boolean;
}

/** One column of the lines table (and one fact of a line's card on a phone). */
export interface ImportColumn<Line> {
  header: string;
  cell: (line: Line) => ReactNode;
  align?: "right";
}

/** What the preview needs to know of each line, whatever is imported. */
export interface ImportLineAccess<Line> {
  /** The line in the file (the header is line 1). */
  lineNumberOf: (line: Line) => number;
  outcomeOf: (line: Line) => string;
}
