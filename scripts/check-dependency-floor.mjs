#!/usr/bin/env node
// Fails unless the server's installed dependencies are at least the versions with the fixes we rely on
// (security fixes in @apollo/server and mysql2, TypeORM 1's API). Reads what is installed, not the ranges.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FLOORS = {
  "@apollo/server": "5.5.0",
  typeorm: "1.0.0",
  mysql2: "3.23.1",
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serverRequire = createRequire(path.join(root, "apps/server/package.json"));

/** The installed package.json as Node would find it from apps/server (works whatever `exports` allows). */
function installedVersion(name) {
  for (const directory of serverRequire.resolve.paths(name) ?? []) {
    const manifest = path.join(directory, name, "package.json");
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")).version;
  }
  return null;
}

function loadSemver() {
  try {
    return serverRequire("semver");
  } catch {
    return null;
  }
}

// Without semver: compare major.minor.patch; a prerelease is below its release.
function atLeast(version, floor) {
  const semver = loadSemver();
  if (semver) return semver.gte(version, floor);
  const parse = (v) => {
    const [core, prerelease] = v.split("-", 2);
    return { parts: core.split(".").map(Number), prerelease: Boolean(prerelease) };
  };
  const a = parse(version);
  const b = parse(floor);
  for (let i = 0; i < 3; i++) {
    if ((a.parts[i] ?? 0) !== (b.parts[i] ?? 0)) return (a.parts[i] ?? 0) > (b.parts[i] ?? 0);
  }
  return !a.prerelease || b.prerelease;
}

let failed = false;
for (const [name, floor] of Object.entries(FLOORS)) {
  const version = installedVersion(name);
  const ok = version !== null && atLeast(version, floor);
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "FAIL"} ${name} ${version ?? "not installed"} (needs >= ${floor})`);
}
if (failed) {
  console.error(
    "Dependency floor not met: update the packages above (npm install <pkg>@^<floor>).",
  );
  process.exit(1);
}
