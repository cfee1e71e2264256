import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// mantine.css imports Mantine's styles per component: a component used without its file renders
// unstyled, and a file out of the package's order can lose to the rules it should override.
const SOURCE_DIR = path.resolve(__dirname, "..");
const MANTINE_CORE = path.resolve(path.dirname(require.resolve("@mantine/core")), "..");
const CORE_PREFIX = "@mantine/core/";
const imported = [
  ...readFileSync(path.join(__dirname, "mantine.css"), "utf8").matchAll(/@import "([^"]+)";/g),
].map((match) => match[1] ?? "");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "gql" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Every name the app imports from @mantine/core (components, hooks, types). */
function namesImportedFromCore(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(SOURCE_DIR)) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(
      /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"@mantine\/core"/g,
    )) {
      for (const name of (match[1] ?? "").split(",")) {
        const bare = name.trim().replace(/^type\s+/, "");
        if (bare) names.add(bare);
      }
    }
  }
  return names;
}

describe("Mantine's styles", () => {
  it("include the file of every @mantine/core component the app imports", () => {
    const used = [...namesImportedFromCore()];
    expect(used).toContain("Button");
    const missing = used.filter(
      (name) =>
        existsSync(path.join(MANTINE_CORE, "styles", `${name}.css`)) &&
        !imported.includes(`${CORE_PREFIX}styles/${name}.css`),
    );
    expect(missing).toEqual([]);
  });

  it("are files the package has, in the order of its full stylesheet", () => {
    const full = readFileSync(path.join(MANTINE_CORE, "styles.css"), "utf8");
    const positions = imported
      .filter((spec) => spec.startsWith(CORE_PREFIX))
      .map((spec) => {
        const file = path.join(MANTINE_CORE, spec.slice(CORE_PREFIX.length));
        return full.indexOf(readFileSync(file, "utf8").trim());
      });
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
