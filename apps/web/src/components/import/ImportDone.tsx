import { Alert, Stack } from "@mantine/core";
import { ImportPreview, type ImportPreviewProps } from "./ImportPreview";

/** A finished import: what it did in a sentence, then its lines (nothing left to confirm). */
export function ImportDone<Line>({
  title,
  summary,
  ...preview
}: Omit<ImportPreviewProps<Line>, "confirm"> & { title: string; summary: string }) {
  return (
    <Stack>
      <Alert color="green" title={title} role="status">
        {summary}
      </Alert>
      <ImportPreview {...preview} />
    </Stack>
  );
}
