import { Type } from 'typebox'
import { Page, PageQuery, problems, Uuid } from './common.js'
import { defineRoute } from './route.js'
import { ProfessionSchema, RoleSchema } from './staff.js'

export const StaffMember = Type.Object(
  {
    id: Uuid,
    name: Type.String({ examples: ['Mindaugas Kazlauskas'] }),
    roles: Type.Array(RoleSchema),
    professions: Type.Array(ProfessionSchema),
    organisationId: Uuid,
    organisationName: Type.String(),
  },
  { title: 'StaffMember', additionalProperties: false },
)

export const ListStaffQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Part of a name.', examples: ['kazl'] }),
    ),
    role: Type.Optional(RoleSchema),
    profession: Type.Optional(ProfessionSchema),
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)

export const staffDirectoryRoutes = {
  listStaff: defineRoute({
    method: 'GET',
    path: '/api/v1/staff',
    operationId: 'listStaff',
    summary: 'Find active staff to work with',
    description:
      'Names, roles, professions and organisations of active staff of the caller’s organisation and of organisations it has a live partnership with, for picking a case team or a specialist. No contact details.',
    tags: ['Organisations'],
    access: 'authenticated',
    querystring: ListStaffQuery,
    response: { 200: Page(StaffMember, 'StaffList'), ...problems(400, 401) },
  }),
} as const
