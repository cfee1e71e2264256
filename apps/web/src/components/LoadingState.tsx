import { Center, Loader, Stack } from "@mantine/core";

/** A centred spinner that screen readers announce. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <span>{label}</span>
      </Stack>
    </Center>
  );
}
