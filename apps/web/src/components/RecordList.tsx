import { Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";

/** Below Mantine's "sm" breakpoint lists show as cards instead of wide tables. */
export function useIsPhone(): boolean {
  // Read in the first render (there is no server render to match): on a phone, a list is not first
  // built as a table and then rebuilt as cards.
  return useMediaQuery("(max-width: 47.99em)", undefined, { getInitialValueInEffect: false });
}

/** A named list of record cards (the phone layout of a table). */
export function RecordList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" aria-label={label} gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {children}
    </Stack>
  );
}

interface RecordCardProps {
  title: ReactNode;
  badge?: ReactNode;
  facts: { label: string; value: ReactNode }[];
  actions?: ReactNode;
}

/** One row of a table as a card: title and badge, then label/value pairs, then its actions. */
export function RecordCard({ title, badge, facts, actions }: RecordCardProps) {
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text fw={700} component="div">
          {title}
        </Text>
        {badge}
      </Group>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} component="dl" mt="xs" mb={0}>
        {facts.map((fact) => (
          <div key={fact.label}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {fact.label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: "anywhere" }}>
              {fact.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {actions && (
        <Group mt="sm" justify="flex-end" gap="xs">
          {actions}
        </Group>
      )}
    </Paper>
  );
}
