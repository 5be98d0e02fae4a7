#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node 22.18+), so there is nothing to compile.
await import("../src/cli/main.ts");
