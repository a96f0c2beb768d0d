import { describe, expect, it } from 'vitest'
import { useTestApp } from './support/app.js'

const t = useTestApp()

describe('GET /api/health', () => {
  it('reports that the database answers', async () => {
    const response = await t.http().get('/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', database: 'up' })
    expect(response.headers['x-request-id']).toBeTruthy()
  })
})
