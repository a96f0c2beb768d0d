import { Type } from 'typebox'
import { defineRoute } from './route.js'

export const Health = Type.Object(
  {
    status: Type.Literal('ok', { examples: ['ok'] }),
    database: Type.Literal('up', { examples: ['up'] }),
  },
  { title: 'Health', additionalProperties: false },
)

export const healthRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Whether the API and its database answer',
    description:
      'Answers 200 when the API and its database answer. Otherwise 503 `application/problem+json` with `Retry-After`, like every other operation: `/problems/overloaded` while the API starts or sheds load, `/problems/database-unavailable` while its database does not answer.',
    tags: ['Health'],
    access: 'public',
    response: { 200: Health },
  }),
} as const
