/** One playground example: what it does, whether it changes data, its operation and variables. */
export interface Example {
  /** "My Affiliates: your first affiliates and their balances." */
  title: string;
  /** What running it changes, in words; absent for a read-only example. */
  changes?: string;
  /** More comment lines: how to adapt it. */
  notes?: string[];
  operation: string;
  variables?: Record<string, unknown>;
}

/** A GraphiQL tab, as `defaultTabs` takes it. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

// The editor does not wrap lines: comments are wrapped to what a laptop's editor pane shows.
const COMMENT_WIDTH = 56;

/** "# "-lines of at most COMMENT_WIDTH characters (a longer word keeps its own line). */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > COMMENT_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].map((commentLine) => `# ${commentLine}`);
}

/** Numbers the examples and heads each with a comment saying whether it changes data. */
export function toTabs(examples: Example[]): ExampleTab[] {
  return examples.map((example, index) => {
    const comment = [
      `${index + 1}. ${example.title}`,
      example.changes ? `CHANGES DATA: ${example.changes}` : "Read-only: changes nothing.",
      ...(example.notes ?? []),
    ];
    return {
      query: `${comment.flatMap(commentLines).join("\n")}\n${example.operation.trim()}\n`,
      ...(example.variables && { variables: JSON.stringify(example.variables, null, 2) }),
    };
  });
}
