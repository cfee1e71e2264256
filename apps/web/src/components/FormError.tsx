import { Alert } from "@mantine/core";

/** A form's error that belongs to none of its fields, announced when it appears. */
export function FormError({ message, title }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {message}
    </Alert>
  );
}
