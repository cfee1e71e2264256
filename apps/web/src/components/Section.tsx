import { Paper, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

/** A titled card: a landmark screen-reader users can jump to. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={headingId}>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "center",
          gap: 8,
          flexWrap: "wrap",
          marginBottom: 12,
        }}
      >
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Paper>
  );
}
