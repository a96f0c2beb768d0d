import { randomUUID } from 'node:crypto'
import type { JsonSchema } from './bad-inputs.js'

type Resolve = (schema: JsonSchema) => JsonSchema

const STRING_FORMATS: Record<string, () => string> = {
  date: () => '2027-01-04',
  'date-time': () => '2027-01-04T10:00:00+02:00',
  uuid: () => randomUUID(),
  email: () => `someone-${randomUUID().slice(0, 8)}@test.example`,
}

/**
 * A value the schema accepts, the documented example first, otherwise the smallest one: a pass that must
 * get past validation to reach the route's own answer sends it. Patterns are not solved; a schema with one
 * needs an example.
 */
export function validValue(schema: JsonSchema, resolve: Resolve): unknown {
  const s = resolve(schema)
  if (s.examples?.length) return s.examples[0]
  if (s.const !== undefined) return s.const
  if (s.enum?.length) return s.enum[0]
  const branch = (s.anyOf ?? s.oneOf)?.find((b) => resolve(b).type !== 'null')
  if (branch) return validValue(branch, resolve)
  if (s.allOf) return Object.assign({}, ...s.allOf.map((part) => validValue(part, resolve)))
  const type = [s.type ?? 'object'].flat().find((t) => t !== 'null')
  switch (type) {
    case 'object':
      return validObject(s, resolve)
    case 'array':
      return Array.from({ length: Math.max(s.minItems ?? 0, 1) }, () =>
        s.items ? validValue(s.items, resolve) : 'x',
      )
    case 'string':
      return STRING_FORMATS[s.format ?? '']?.() ?? 'x'.repeat(Math.max(s.minLength ?? 0, 1))
    case 'integer':
    case 'number':
      return s.minimum ?? 1
    case 'boolean':
      return true
    default:
      return null
  }
}

function validObject(s: JsonSchema, resolve: Resolve): Record<string, unknown> {
  const properties = Object.entries(s.properties ?? {})
  const required = new Set(s.required ?? [])
  const chosen = properties.filter(([name]) => required.has(name))
  for (const property of properties.filter(([name]) => !required.has(name)))
    if (chosen.length < (s.minProperties ?? 0)) chosen.push(property)
  return Object.fromEntries(chosen.map(([name, property]) => [name, validValue(property, resolve)]))
}

/**
 * Replaces the ids in a body, found by field name (`familyId`, `participantIds`…), with the ones `idFor`
 * knows; other values stay as they are.
 */
export function withIds(value: unknown, idFor: (field: string) => string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => withIds(item, idFor))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (typeof v === 'string' && key.endsWith('Id')) return [key, idFor(key) ?? v]
      if (Array.isArray(v) && key.endsWith('Ids'))
        return [key, [...new Set(v.map((item) => idFor(key.slice(0, -1)) ?? item))]]
      return [key, withIds(v, idFor)]
    }),
  )
}
