import {
  type FieldErrorCode,
  type FieldErrorParams,
  type FieldProblem,
  freeTextMinimum,
} from '@onestop/contracts'
import { fieldProblem } from '../lib/errors.js'

/** One error of the request schema validator (Ajv). */
export interface SchemaIssue {
  instancePath?: string
  message?: string
  keyword?: string
  params?: Record<string, unknown>
}

const pointerFor = (part: string | undefined, issue: SchemaIssue): string => {
  const base = issue.instancePath ?? ''
  const missing = issue.keyword === 'required' ? `/${String(issue.params?.missingProperty)}` : ''
  const extra = issue.keyword === 'additionalProperties' ? `/${String(issue.params?.additionalProperty)}` : ''
  const prefix = part && part !== 'body' ? `/${part}` : ''
  return `${prefix}${base}${missing}${extra}` || '/'
}

const textMinimumOf = (issue: SchemaIssue): number | undefined =>
  issue.keyword === 'pattern' && typeof issue.params?.pattern === 'string'
    ? freeTextMinimum(issue.params.pattern)
    : undefined

/** A free text field refused for its length says so once, in words, not as its pattern and its minLength. */
const withoutRepeats = (issues: SchemaIssue[]): SchemaIssue[] => {
  const textFields = new Set(issues.filter((i) => textMinimumOf(i) !== undefined).map((i) => i.instancePath))
  return issues.filter((i) => !(i.keyword === 'minLength' && textFields.has(i.instancePath)))
}

const FORMAT_CODES: Readonly<Record<string, FieldErrorCode>> = {
  email: 'invalid-email',
  date: 'not-a-date',
  'date-time': 'not-a-date-time',
  time: 'not-a-time',
  uuid: 'invalid-id',
}

const LIMIT_CODES: Readonly<Record<string, FieldErrorCode>> = {
  minLength: 'too-short',
  maxLength: 'too-long',
  minimum: 'too-small',
  exclusiveMinimum: 'too-small',
  maximum: 'too-large',
  exclusiveMaximum: 'too-large',
  minItems: 'too-few-items',
  maxItems: 'too-many-items',
}

const LITERAL_CODES: Readonly<Record<string, FieldErrorCode>> = {
  required: 'required',
  additionalProperties: 'not-allowed',
  uniqueItems: 'duplicate-items',
}

/** The code and parameters that say why a value failed its schema. */
const reasonFor = (issue: SchemaIssue): { code: FieldErrorCode; params?: FieldErrorParams } => {
  const keyword = issue.keyword ?? ''
  const params = issue.params ?? {}
  const textMinimum = textMinimumOf(issue)
  if (textMinimum !== undefined)
    return textMinimum === 1
      ? { code: 'blank-text' }
      : { code: 'too-little-text', params: { limit: textMinimum } }
  const literal = LITERAL_CODES[keyword]
  if (literal) return { code: literal }
  const limitCode = LIMIT_CODES[keyword]
  if (limitCode && typeof params.limit === 'number')
    return { code: limitCode, params: { limit: params.limit } }
  if (keyword === 'format') return { code: FORMAT_CODES[String(params.format)] ?? 'invalid-format' }
  if (keyword === 'pattern') return { code: 'invalid-format' }
  if (keyword === 'type') return { code: 'wrong-type', params: { expected: String(params.type) } }
  if (keyword === 'enum' && Array.isArray(params.allowedValues))
    return { code: 'not-one-of', params: { allowed: params.allowedValues.join(', ') } }
  if (keyword === 'const') return { code: 'not-one-of', params: { allowed: String(params.allowedValue) } }
  return { code: 'invalid' }
}

/** The field errors of a request that failed its schema, one per field and reason. */
export const fieldProblemsOf = (issues: SchemaIssue[], part: string | undefined): FieldProblem[] =>
  withoutRepeats(issues).map((issue) =>
    fieldProblem({ pointer: pointerFor(part, issue), ...reasonFor(issue) }),
  )
