import { Progress, Stack, Text } from "@mantine/core";
import type { ImportProgress } from "./useImportInParts";

const count = new Intl.NumberFormat();

/** How far an import has got, as a bar and in words ("Checked 250 of 1,000 lines…"). */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { dryRun, sentRows, totalRows } = progress;
  const percent = totalRows === 0 ? 100 : Math.round((sentRows / totalRows) * 100);
  return (
    <Stack gap={6}>
      <Progress
        value={percent}
        aria-label={dryRun ? "Checking the file" : "Importing"}
        size="lg"
        animated
      />
      <Text size="sm" role="status">
        {dryRun ? "Checked" : "Imported"} {count.format(sentRows)} of {count.format(totalRows)}{" "}
        lines…
      </Text>
    </Stack>
  );
}
