// End-to-end tests: the browser build (dist-web) served locally and driven in Chromium through
// playwright-core. Build first: `npm run build:web`. One file at a time (the browser is the load).
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'src/shared'),
      '@renderer': resolve(__dirname, 'src/renderer'),
    },
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // A poll waits for the app, not for a clock: the CI machine can be several times slower
    // than a workstation (a first index build, a worker start), so 1 s (Vitest's default) is
    // far too tight. A real failure still fails, only later.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    fileParallelism: false,
    pool: 'forks',
  },
})
