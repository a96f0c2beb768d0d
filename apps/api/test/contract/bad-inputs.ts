/** Generates inputs that break a JSON schema, for the generic contract suite. */

export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  items?: JsonSchema
  minItems?: number
  minProperties?: number
  examples?: unknown[]
  $ref?: string
}

export interface BadValue {
  label: string
  value: unknown
}

const HUGE = 'x'.repeat(100 * 1024)

const typesOf = (schema: JsonSchema): string[] => {
  if (schema.anyOf) return schema.anyOf.flatMap(typesOf)
  if (schema.const !== undefined) return [typeof schema.const]
  return [schema.type ?? []].flat()
}

/** Values that a field of this schema must refuse. */
export function badValuesFor(schema: JsonSchema): BadValue[] {
  const types = typesOf(schema)
  const bad: BadValue[] = []
  if (!types.includes('object')) bad.push({ label: 'an object', value: { nested: true } })
  if (!types.includes('string')) bad.push({ label: 'a string', value: 'not-the-right-type' })
  else bad.push({ label: 'a 100 kB string', value: HUGE })
  if (!types.includes('number') && !types.includes('integer') && !types.includes('string'))
    bad.push({ label: 'a number', value: 12345 })
  if (!types.includes('array')) bad.push({ label: 'an array', value: ['a', 1] })
  if (!types.includes('null')) bad.push({ label: 'null', value: null })
  const enumValues = schema.enum ?? schema.anyOf?.map((s) => s.const).filter((c) => c !== undefined)
  if (enumValues?.length) bad.push({ label: 'an unknown enum value', value: 'no-such-value' })
  if (schema.format === 'uuid') bad.push({ label: 'an invalid UUID', value: 'not-a-uuid' })
  if (schema.format === 'email') bad.push({ label: 'an invalid e-mail', value: 'not-an-email' })
  if (schema.format === 'date-time') bad.push({ label: 'an invalid date-time', value: '2026-13-45T99:00' })
  if (types.includes('integer') || types.includes('number')) {
    if (schema.minimum !== undefined) bad.push({ label: 'below the minimum', value: schema.minimum - 1 })
    if (schema.maximum !== undefined) bad.push({ label: 'above the maximum', value: schema.maximum + 1 })
  }
  return bad
}

/** Query-string values (always text on the wire) that a parameter of this schema must refuse. */
export function badQueryValuesFor(schema: JsonSchema): BadValue[] {
  const types = typesOf(schema)
  const bad: BadValue[] = [{ label: 'a 100 kB string', value: HUGE }]
  if (types.includes('integer') || types.includes('number'))
    bad.push({ label: 'text for a number', value: 'abc' })
  if (types.includes('boolean')) bad.push({ label: 'text for a boolean', value: 'maybe' })
  if (schema.enum?.length) bad.push({ label: 'an unknown enum value', value: 'no-such-value' })
  if (schema.format === 'uuid') bad.push({ label: 'an invalid UUID', value: 'not-a-uuid' })
  if (schema.format === 'date-time') bad.push({ label: 'an invalid date-time', value: 'yesterday' })
  return bad.filter(
    (b) =>
      !(
        b.label === 'a 100 kB string' &&
        types.includes('string') &&
        schema.maxLength === undefined &&
        !schema.format &&
        !schema.enum
      ),
  )
}
