import type { FastifyInstance } from 'fastify'
import supertest from 'supertest'
import { afterAll, beforeAll } from 'vitest'
import { buildApp } from '../../src/app.js'
import { type Config, loadConfig } from '../../src/config.js'
import type { Database, DatabaseHandle } from '../../src/db/client.js'
import { createTestDatabase, type TestDatabase } from './database.js'

export const TEST_JWT_SECRET = 'test-secret-of-at-least-32-characters!!'

export type ConfigOverrides = Partial<Omit<Config, 'auth' | 'partners'>> & {
  auth?: Partial<Config['auth']>
  partners?: Partial<Config['partners']>
}

export function testConfig(overrides: ConfigOverrides = {}): Config {
  const base = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' })
  return {
    ...base,
    // The test client shares the server's event loop, so it would read as overload.
    loadShedding: false,
    ...overrides,
    webDistDir: overrides.webDistDir ?? '/nonexistent',
    auth: { ...base.auth, failureDelayMs: 5, loginRateLimitPerMinute: 10_000, ...overrides.auth },
    partners: {
      ...base.partners,
      tokenRateLimitPerMinute: 10_000,
      requestsPerMinute: 10_000,
      // Tests run the webhook worker themselves, with a clock of their own.
      webhookWorkerIntervalMs: 0,
      ...overrides.partners,
    },
  }
}

export interface TestApp {
  app: FastifyInstance
  db: Database
  config: Config
  testDatabase: TestDatabase
  http: () => supertest.Agent
}

/** Builds the whole API on a fresh database of its own. */
export async function startTestApp(
  overrides: ConfigOverrides = {},
  shared?: TestDatabase,
): Promise<TestApp & { close(): Promise<void> }> {
  const testDatabase = shared ?? (await createTestDatabase())
  const config = testConfig(overrides)
  const database: DatabaseHandle = testDatabase.open()
  const app = await buildApp({ config, database })
  await app.ready()
  return {
    app,
    db: database.db,
    config,
    testDatabase,
    http: () => supertest.agent(app.server),
    async close() {
      await app.close()
      if (!shared) await testDatabase.drop()
    },
  }
}

/** One app for the whole test file, built before its tests and closed after them. */
export function useTestApp(overrides: ConfigOverrides = {}): TestApp {
  const holder = {} as TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    Object.assign(holder, await startTestApp(overrides))
  })
  afterAll(async () => {
    await holder.close?.()
  })
  return holder
}
