import type { FastifyInstance } from 'fastify'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { testConfig, useTestApp } from './support/app.js'
import { expectProblem } from './support/problem.js'
import { openUnreachableDatabase } from './support/unreachable-database.js'

const t = useTestApp()

describe('GET /api/health', () => {
  it('reports that the database answers', async () => {
    const response = await t.http().get('/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', database: 'up' })
    expect(response.headers['x-request-id']).toBeTruthy()
  })
})

describe('GET /api/health while the database is down', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp({ config: testConfig(), database: await openUnreachableDatabase() })
  })
  afterAll(async () => app.close())

  it('answers 503 problem+json with Retry-After', async () => {
    const response = await supertest(app.server).get('/api/health')
    expectProblem(response, 503, '/problems/database-unavailable')
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    expect(response.headers['cache-control']).toBe('no-store')
  })
})
