import { createConfig, lintFromString } from '@redocly/openapi-core'
import openapiTS, { astToString } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { useTestApp } from './support/app.js'

const t = useTestApp()

const fetchDocument = async () => {
  const response = await t.http().get('/api/openapi.json')
  expect(response.status).toBe(200)
  return response.text
}

describe('GET /api/openapi.json', () => {
  it("passes Redocly's recommended rules with no errors", async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({
      source: await fetchDocument(),
      absoluteRef: 'openapi.json',
      config,
    })
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)
    expect(errors).toEqual([])
  })

  it('declares exactly the tags its operations use, each with a description', async () => {
    const document = JSON.parse(await fetchDocument()) as {
      tags: { name: string; description: string }[]
      paths: Record<string, Record<string, { tags?: string[] }>>
    }
    const declared = document.tags.map((tag) => tag.name)
    const used = new Set(
      Object.values(document.paths).flatMap((operations) =>
        Object.values(operations).flatMap((operation) => operation.tags ?? []),
      ),
    )
    expect([...used].filter((tag) => !declared.includes(tag))).toEqual([])
    expect(declared.filter((tag) => !used.has(tag))).toEqual([])
    expect(document.tags.filter((tag) => tag.description.length < 10)).toEqual([])
  })

  it('is accepted by openapi-typescript, so partners can generate a client', async () => {
    const ast = await openapiTS(JSON.parse(await fetchDocument()))
    const types = astToString(ast)
    expect(types).toContain('"/api/v1/auth/login"')
    expect(types).toContain('Problem')
  })
})

describe('GET /docs', () => {
  it('serves the API explorer', async () => {
    const response = await t.http().get('/docs/').redirects(1)
    expect(response.status).toBe(200)
    expect(response.text).toContain('swagger-ui')
  })
})
