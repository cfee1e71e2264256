import "./monaco-workers";
import "graphiql/style.css";
import "./playground.css";
import { Anchor, Group, Text } from "@mantine/core";
import { GraphiQL } from "graphiql";
import { useMemo, useRef } from "react";
import { Link } from "react-router";
import { LoadingState } from "../../components/QueryState";
import { useAccessibleGraphiQLTabs } from "./accessible-tabs";
import { exampleTabs } from "./examples";
import { playgroundFetcher } from "./fetcher";
import { usePlaygroundContext, type PlaygroundContext } from "./playground-context";
import { PlaygroundIntro } from "./PlaygroundIntro";
import { playgroundStorage } from "./playground-storage";

/**
 * /playground: GraphiQL bundled with the app (no CDN), acting as the signed-in user (the session
 * cookie), its examples filled with that user's own data.
 */
export function PlaygroundPage() {
  const context = usePlaygroundContext();
  return (
    <div className="playground-page">
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
      {context ? <Playground context={context} /> : <LoadingState label="Loading your data…" />}
    </div>
  );
}

// Mounted once the user's data is in: GraphiQL reads its tabs and storage only when it mounts.
function Playground({ context }: { context: PlaygroundContext }) {
  const userId = context.viewer?.id ?? null;
  const defaultTabs = useMemo(() => exampleTabs(context), [context]);
  const storage = useMemo(() => playgroundStorage(userId), [userId]);
  const editorRoot = useRef<HTMLElement>(null);
  useAccessibleGraphiQLTabs(editorRoot);
  return (
    <>
      <PlaygroundIntro viewer={context.viewer} />
      <main id="main" ref={editorRoot} className="playground-editor">
        <h1 className="visually-hidden">GraphQL playground</h1>
        <GraphiQL
          fetcher={(params, options) => playgroundFetcher(params, options?.headers)}
          defaultTabs={defaultTabs}
          // GraphiQL fills the first tab's variables editor from this prop, not from defaultTabs.
          initialVariables={defaultTabs[0]?.variables}
          storage={storage}
          defaultEditorToolsVisibility
        >
          {/* Our name instead of GraphiQL's low-contrast link to GitHub. */}
          <GraphiQL.Logo>
            <span style={{ color: "var(--mantine-color-indigo-8)" }}>AllyHut</span>
          </GraphiQL.Logo>
        </GraphiQL>
      </main>
    </>
  );
}
