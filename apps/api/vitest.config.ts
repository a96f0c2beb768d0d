import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/template-database.ts'],
    pool: 'forks',
    // Generous limits: every file builds the app and migrates a database of its own, and on a busy machine (CI
    // beside other work) that takes many times as long as on an idle one. They stop a hung test, not a slow one.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file gets its own database (see test/support/database.ts), so files run in parallel.
    fileParallelism: true,
  },
})
