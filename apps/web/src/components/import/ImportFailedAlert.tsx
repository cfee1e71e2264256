import { Alert, Button, Group, Stack } from "@mantine/core";

/** An import that could not be sent, in words, with Try again and Choose another file. */
export function ImportFailedAlert(props: {
  title: string;
  message: string;
  onRetry: () => void;
  onStartOver: () => void;
}) {
  return (
    <Alert color="red" title={props.title} role="alert">
      <Stack gap="sm" align="flex-start">
        <span>{props.message}</span>
        <Group gap="sm">
          <Button size="xs" onClick={props.onRetry}>
            Try again
          </Button>
          <Button size="xs" variant="default" onClick={props.onStartOver}>
            Choose another file
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
