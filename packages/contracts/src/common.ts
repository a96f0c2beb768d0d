import { type Static, type TSchema, Type } from 'typebox'
import type { FieldErrorCode, FieldErrorParams } from './field-errors.js'
import { PROBLEM_TYPES } from './problems.js'

export const Uuid = Type.String({
  format: 'uuid',
  description: 'A UUID.',
  examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
})
export const Timestamp = Type.String({
  format: 'date-time',
  description: 'ISO 8601 date and time with offset.',
  examples: ['2026-11-26T09:30:00+02:00'],
})
export const Email = Type.String({
  format: 'email',
  maxLength: 254,
  description: 'An e-mail address; compared case-insensitively.',
  examples: ['jurgita.petraitiene@onestop.example'],
})
export const PersonName = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'A full name.',
  examples: ['Jurgita Petraitienė'],
})

/** A pattern that text passes when it has at least `minimum` characters once trimmed. */
const trimmedAtLeast = (minimum: number): string =>
  minimum <= 1 ? '\\S' : `^\\s*\\S[\\s\\S]{${minimum - 2},}\\S\\s*$`

/**
 * Free text (a name, a reason, a note) that counts only once trimmed: blank text, or text that is long
 * enough only with its spaces, is refused with the same 400 as any other invalid field.
 */
export const FreeText = (
  maxLength: number,
  options: { minLength?: number; examples?: string[]; description?: string } = {},
) => {
  const { minLength = 1, ...annotations } = options
  return Type.String({ minLength, maxLength, pattern: trimmedAtLeast(minLength), ...annotations })
}

/** How many characters of text a `FreeText` pattern asks for, to explain the refusal; undefined for others. */
export const freeTextMinimum = (pattern: string): number | undefined => {
  if (pattern === trimmedAtLeast(1)) return 1
  const minimum = Number(/\{(\d+),\}/.exec(pattern)?.[1]) + 2
  return pattern === trimmedAtLeast(minimum) ? minimum : undefined
}

export const ProblemFieldError = Type.Object(
  {
    pointer: Type.String({ description: 'JSON pointer to the offending field.', examples: ['/email'] }),
    code: Type.String({
      description:
        'Why the field is invalid, as a stable code a client can translate (see `FieldErrorCode`).',
      examples: ['invalid-email'],
    }),
    message: Type.String({ description: 'The reason in English.', examples: ['must be an e-mail address'] }),
    params: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
        description: 'Values the message names, such as a length limit.',
        examples: [{ limit: 200 }],
      }),
    ),
  },
  { additionalProperties: false },
)

export const UncertifiedFacilitator = Type.Object(
  {
    userId: Type.String({ format: 'uuid', examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'] }),
    name: Type.String({ examples: ['Ona Onaitė'] }),
    date: Type.String({
      format: 'date',
      description: 'The session’s day (Vilnius) the staff member is not certified on.',
      examples: ['2027-03-01'],
    }),
  },
  { additionalProperties: false },
)

export const ProblemMethodology = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Group Teen Triple P'] }) },
  {
    additionalProperties: false,
    description:
      'With `/problems/facilitator-not-certified`: the methodology the facilitators lack a certification in.',
  },
)

export const Problem = Type.Object(
  {
    type: Type.String({
      description:
        'A URI reference that identifies the problem type: `/problems/` and one of the types of the catalogue (`x-problem-types`).',
      examples: ['/problems/validation'],
    }),
    title: Type.String({ examples: ['Invalid request'] }),
    status: Type.Integer({ examples: [400] }),
    detail: Type.String({ examples: ['The request body has 1 invalid field.'] }),
    instance: Type.Optional(Type.String({ examples: ['/api/v1/auth/login'] })),
    requestId: Type.String({ examples: ['req-1'] }),
    errors: Type.Optional(Type.Array(ProblemFieldError)),
    methodology: Type.Optional(ProblemMethodology),
    error: Type.Optional(
      Type.String({
        description:
          'With `/problems/invalid-client`, `/problems/unsupported-grant-type` and `/problems/invalid-scope`: the OAuth 2.0 error code (RFC 6749 §5.2), for OAuth client libraries.',
        examples: ['invalid_client'],
      }),
    ),
    uncertified: Type.Optional(
      Type.Array(UncertifiedFacilitator, {
        description:
          'With `/problems/facilitator-not-certified`: each facilitator and session day lacking a certification in the methodology.',
      }),
    ),
  },
  {
    $id: 'Problem',
    title: 'Problem',
    description: 'An RFC 9457 problem details object (application/problem+json).',
    'x-problem-types': PROBLEM_TYPES,
  },
)

export type UncertifiedFacilitator = Static<typeof UncertifiedFacilitator>
export type ProblemMethodology = Static<typeof ProblemMethodology>

/** A field error as the API sends it. */
export interface FieldProblem {
  pointer: string
  code: FieldErrorCode
  message: string
  params?: FieldErrorParams
}

const problemResponse = (description: string) =>
  Type.Unsafe<{
    type: string
    title: string
    status: number
    detail: string
    instance?: string
    requestId: string
    errors?: FieldProblem[]
    methodology?: ProblemMethodology
    error?: string
    uncertified?: UncertifiedFacilitator[]
  }>({ ...Type.Ref('Problem'), description })

export const PROBLEM_DESCRIPTIONS = {
  400: 'The request is invalid; `errors` lists each invalid field.',
  401: 'No valid access token was sent, or the credentials are wrong.',
  403: "The caller's role may not do this.",
  404: 'No such resource, or the caller may not know it exists.',
  409: 'The request conflicts with the current state; `detail` names the conflict.',
  412: 'The `If-Match` version is stale.',
  413: 'The request body is too large.',
  415: 'The request body is not JSON.',
  422: 'The request is well-formed but cannot be processed.',
  428: 'The `If-Match` header is required.',
  429: 'Too many requests; retry after the time in `Retry-After`.',
  503: 'The API is starting, shedding load (`/problems/overloaded`) or cannot reach its database (`/problems/database-unavailable`); retry after the seconds in `Retry-After`.',
} as const
export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS

/** The problem response of one status, naming the problem types a route answers with under it. */
export const problemResponseOf = (status: ProblemStatus, types: readonly string[] = []) =>
  problemResponse(
    types.length
      ? `${PROBLEM_DESCRIPTIONS[status]} Problem types: ${types.map((t) => `\`/problems/${t}\``).join(', ')}.`
      : PROBLEM_DESCRIPTIONS[status],
  )

/** Problem responses for the given statuses, for a route's `response` map. */
export const problems = <const S extends readonly ProblemStatus[]>(...statuses: S) =>
  Object.fromEntries(statuses.map((s) => [s, problemResponseOf(s)])) as {
    [K in S[number]]: ReturnType<typeof problemResponse>
  }

/** Errors every JSON-body route can answer with. */
export const BODY_PROBLEMS = [400, 413, 415] as const

export const NoContent = Type.Null({ description: 'No content.' })

export const PageQuery = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 20,
      description: 'Page size (1–100).',
      examples: [20],
    }),
  ),
  cursor: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'The `nextCursor` of the previous page.',
      examples: ['eyJ0IjoiMjAyNi0xMS0yNiJ9'],
    }),
  ),
}

export const Page = <T extends TSchema>(item: T, title: string) =>
  Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: 'Pass as `cursor` for the next page; null on the last page.',
      }),
    },
    { title },
  )
