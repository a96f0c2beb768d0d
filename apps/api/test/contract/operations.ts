import { expect } from 'vitest'
import type { TestApp } from '../support/app.js'
import type { JsonSchema } from './bad-inputs.js'

/** One operation of the OpenAPI document, as the generic contract passes walk it. */
export interface Operation {
  method: string
  path: string
  operationId: string
  summary?: string
  tags?: string[]
  security?: unknown[]
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[]
  requestBody?: { content: Record<string, { schema: JsonSchema; example?: unknown }> }
  responses: Record<string, unknown>
}

export interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>
  components: { schemas?: Record<string, JsonSchema> }
}

/** The served OpenAPI document and its operations, one per path and method. */
export async function loadOperations(t: TestApp) {
  const response = await t.http().get('/api/openapi.json')
  expect(response.status).toBe(200)
  const document = response.body as OpenApiDocument
  const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
  )
  const resolve = (schema: JsonSchema): JsonSchema =>
    schema.$ref ? (document.components.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? schema) : schema
  return { document, operations, resolve }
}

export const pathParamsOf = (op: Operation): string[] =>
  [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')
