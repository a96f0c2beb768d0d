import { Type } from 'typebox'
import { problems, Uuid } from './common.js'
import { defineRoute } from './route.js'

export const Organisation = Type.Object(
  {
    id: Uuid,
    name: Type.String({ examples: ['Kretingos socialinių paslaugų centras'] }),
    kind: Type.Enum(['centre', 'ngo', 'municipality'], { examples: ['centre'] }),
    municipality: Type.String({ examples: ['Kretingos rajono savivaldybė'] }),
  },
  { title: 'Organisation', additionalProperties: false },
)

export const organisationsRoutes = {
  listOrganisations: defineRoute({
    method: 'GET',
    path: '/api/v1/organisations',
    operationId: 'listOrganisations',
    summary: 'List the organisations of this deployment',
    tags: ['Organisations'],
    access: 'authenticated',
    response: {
      200: Type.Object({ items: Type.Array(Organisation) }, { title: 'OrganisationList' }),
      ...problems(401),
    },
  }),
} as const
