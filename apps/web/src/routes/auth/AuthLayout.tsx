import { Container, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A centred card for the signed-out screens; `lead` says why the visitor is here (a join link). */
export function AuthLayout({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <Container size={440} py={{ base: "lg", sm: 60 }} component="main" id="main">
      <Stack gap="xs" align="center" mb="lg">
        <Text fw={800} size="xl" c="indigo.8">
          AllyHut
        </Text>
        <Title order={1} size="h2" ta="center">
          {title}
        </Title>
        {lead && (
          <Text ta="center" size="md">
            {lead}
          </Text>
        )}
      </Stack>
      <Paper withBorder shadow="sm" p={{ base: "md", sm: "xl" }} radius="md">
        {children}
      </Paper>
    </Container>
  );
}
