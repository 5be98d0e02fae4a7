#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node 22.18+), so there is nothing to compile.
// Plain JavaScript up to here, so that an older Node says what to do instead of failing on a `.ts`.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `Fieldguide needs Node 22.18 or later; this is Node ${process.versions.node}. Run it through npm ` +
      "(npm run check, npm run new…), which uses the Node 22 that npm ci installs, or install Node 22.",
  );
  process.exit(1);
}
await import("../src/cli/main.ts");
