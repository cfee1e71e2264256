import "./monaco-workers";
import "graphiql/style.css";
import { Anchor, Group, Text } from "@mantine/core";
import { GraphiQL } from "graphiql";
import { useMemo, useRef } from "react";
import { Link } from "react-router";
import { useAccessibleGraphiQLTabs } from "./accessible-tabs";
import { exampleTabs } from "./examples";
import { playgroundFetcher } from "./fetcher";

/** /playground: GraphiQL bundled with the app (no CDN), sending the session cookie. */
export function PlaygroundPage() {
  const defaultTabs = useMemo(() => exampleTabs(), []);
  const editorRoot = useRef<HTMLElement>(null);
  useAccessibleGraphiQLTabs(editorRoot);
  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100dvh" }}>
      <Group
        component="header"
        px="md"
        py={6}
        justify="space-between"
        style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
      >
        <Text fw={800} c="indigo.8">
          AllyHut API playground
        </Text>
        <Anchor component={Link} to="/" size="sm">
          Back to AllyHut
        </Anchor>
      </Group>
      <main id="main" ref={editorRoot} style={{ flex: 1, minHeight: 0 }}>
        <h1 className="visually-hidden">GraphQL playground</h1>
        <GraphiQL
          fetcher={(params, options) => playgroundFetcher(params, options?.headers)}
          defaultTabs={defaultTabs}
          defaultEditorToolsVisibility
        >
          {/* Our name instead of GraphiQL's low-contrast link to GitHub. */}
          <GraphiQL.Logo>
            <span style={{ color: "var(--mantine-color-indigo-8)" }}>AllyHut</span>
          </GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}
