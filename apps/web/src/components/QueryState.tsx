import { Alert, Button, EmptyState, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { describeApiError } from "../lib/errors";

// In a file of its own: the router shows it before any screen's code has arrived, the rest of
// this file is not needed then.
export { LoadingState } from "./LoadingState";

/** What went wrong, in words, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert color="red" title="Could not load this" role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{describeApiError(error)}</span>
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Shown instead of an empty table. */
export function EmptyMessage({ title, children }: { title: string; children?: ReactNode }) {
  return <EmptyState py="lg" size="sm" title={title} description={children} />;
}
