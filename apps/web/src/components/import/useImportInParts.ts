import { useCallback, useEffect, useRef, useState } from "react";
import { splitIntoParts, type PartLimits } from "./import-parts";

export interface ImportProgress {
  dryRun: boolean;
  sentRows: number;
  totalRows: number;
}

/** A part failed: the rows before it were sent (and, without dryRun, saved). */
export class ImportPartError extends Error {
  constructor(
    cause: unknown,
    readonly sentRows: number,
  ) {
    super("An import part failed", { cause });
    this.name = "ImportPartError";
  }
}

/**
 * Sends rows to an import mutation part after part (never two at once), and tracks how many rows
 * have been answered. `send` makes one call; `run` answers every part's answer, in order.
 */
export function useImportInParts<Row, Answer>(
  send: (rows: Row[], dryRun: boolean) => Promise<Answer>,
  limits: PartLimits,
) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { maxRows, maxBytes } = limits;

  const run = useCallback(
    async (rows: Row[], dryRun: boolean): Promise<Answer[]> => {
      const answers: Answer[] = [];
      let sentRows = 0;
      setProgress({ dryRun, sentRows, totalRows: rows.length });
      try {
        for (const part of splitIntoParts(rows, { maxRows, maxBytes })) {
          // Leaving the page stops the import between parts.
          if (!mounted.current) break;
          try {
            answers.push(await send(part, dryRun));
          } catch (error) {
            throw new ImportPartError(error, sentRows);
          }
          sentRows += part.length;
          if (mounted.current) setProgress({ dryRun, sentRows, totalRows: rows.length });
        }
        return answers;
      } finally {
        if (mounted.current) setProgress(null);
      }
    },
    [send, maxRows, maxBytes],
  );

  return { run, progress };
}
