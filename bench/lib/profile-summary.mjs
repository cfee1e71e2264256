// Where AllyHut's CPU went in a --cpu-prof run: self time by package and by function.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** node_modules/<package>, our own code by workspace, or V8's pseudo-frames. */
function ownerOf(url) {
  if (!url) return "(native / V8)";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.includes("apps/server/dist")) return "apps/server";
  if (url.includes("packages/schema/dist")) return "packages/schema";
  if (url.startsWith("node:")) return "node core";
  return url;
}

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return [...selfUs].map(([id, us]) => ({ node: byId.get(id), us }));
}

/** Each node's packages on its stack (itself and its callers), for inclusive time. */
function stackOwners(profile) {
  const parentOf = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const memo = new Map();
  const ownersOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const owners = new Set(parent === undefined ? [] : ownersOf(parent));
    if (node.callFrame.url) owners.add(ownerOf(node.callFrame.url));
    memo.set(id, owners);
    return owners;
  };
  return ownersOf;
}

const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);

/** A markdown summary of every .cpuprofile in `dir` (one per profiled process). */
export function summariseProfiles(dir, count = 40) {
  const files = readdirSync(dir).filter((file) => file.endsWith(".cpuprofile"));
  const byOwner = new Map();
  const byFunction = new Map();
  const inclusive = new Map();
  let totalUs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    const ownersOf = stackOwners(profile);
    for (const { node, us } of selfTimes(profile)) {
      if (node.callFrame.functionName !== "(idle)") {
        for (const owner of ownersOf(node.id))
          inclusive.set(owner, (inclusive.get(owner) ?? 0) + us);
      }
      const frame = node.callFrame;
      const name = frame.functionName || "(anonymous)";
      if (name === "(idle)") continue;
      totalUs += us;
      const owner = ownerOf(frame.url);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
      const where = frame.url
        ? `${owner}:${path.basename(frame.url)}:${frame.lineNumber + 1}`
        : owner;
      const key = `${name} (${where})`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    }
  }
  const share = (us) => `${((100 * us) / totalUs).toFixed(1)} %`;
  return [
    `## CPU profile (${files.length} file(s), ${(totalUs / 1e6).toFixed(1)} s busy, idle excluded)`,
    "",
    "| self time by package | share |",
    "| --- | ---: |",
    ...top(byOwner, 20).map(([owner, us]) => `| ${owner} | ${share(us)} |`),
    "",
    "| time with the package on the stack (inclusive) | share |",
    "| --- | ---: |",
    ...top(inclusive, 20).map(([owner, us]) => `| ${owner} | ${share(us)} |`),
    "",
    "| self time by function | share |",
    "| --- | ---: |",
    ...top(byFunction, count).map(
      ([name, us]) => `| ${name.replace(/\|/g, "\\|")} | ${share(us)} |`,
    ),
    "",
  ].join("\n");
}
