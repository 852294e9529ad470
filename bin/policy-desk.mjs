#!/usr/bin/env node
// `npx policy-desk …`: runs the TypeScript command-line tool (src/cli/main.ts) through tsx in
// this process, so the CLI always runs the same domain code as the app, with no build step.
import { tsImport } from 'tsx/esm/api'

await tsImport('../src/cli/main.ts', import.meta.url)
