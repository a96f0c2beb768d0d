import { Type } from 'typebox'
import { defineRoute } from './route.js'

export const Health = Type.Object(
  {
    status: Type.Enum(['ok', 'degraded'], { examples: ['ok'] }),
    database: Type.Enum(['up', 'down'], { examples: ['up'] }),
  },
  { title: 'Health', additionalProperties: false },
)

export const healthRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Whether the API and its database answer',
    tags: ['Health'],
    access: 'public',
    response: { 200: Health, 503: Health },
  }),
} as const
