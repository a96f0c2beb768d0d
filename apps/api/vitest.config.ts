import { defineConfig } from 'vitest/config'

/** Files that replace a module with `vi.mock`: they need a module registry of their own. */
const MOCKING_FILES = ['test/auth/login-slowdown.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['test/support/template-database.ts'],
    pool: 'forks',
    // Generous limits: every file builds the app on a database of its own, and on a busy machine (CI beside
    // other work) that takes many times as long as on an idle one. They stop a hung test, not a slow one.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file gets its own database (see test/support/database.ts), so files run in parallel.
    fileParallelism: true,
    // Vitest's default (cores - 1) is one worker on a 2-core machine, idle while PostgreSQL works: two took
    // `test/families test/records` from 52 s to 36 s (three: 37-39 s).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Files share a worker's module registry instead of importing the whole API afresh each (a third
        // of the suite's time); they share no state, as each builds its own app on its own database.
        test: { name: 'api', include: ['test/**/*.test.ts'], exclude: MOCKING_FILES, isolate: false },
      },
      { extends: true, test: { name: 'api-mocking', include: MOCKING_FILES } },
    ],
  },
})
