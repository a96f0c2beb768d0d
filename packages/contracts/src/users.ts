import { type Static, Type } from 'typebox'
import {
  BODY_PROBLEMS,
  Email,
  NoContent,
  Page,
  PageQuery,
  PersonName,
  problems,
  Timestamp,
  Uuid,
} from './common.js'
import { PASSWORD_MIN_LENGTH } from './password.js'
import { defineRoute } from './route.js'
import { ProfessionSchema, RoleSchema } from './staff.js'

export const Password = Type.String({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: 256,
  description: 'At least 12 characters and not a commonly used password.',
  examples: ['correct-horse-battery-staple'],
})

export const User = Type.Object(
  {
    id: Uuid,
    email: Email,
    name: PersonName,
    roles: Type.Array(RoleSchema),
    professions: Type.Array(ProfessionSchema),
    organisationId: Uuid,
    organisationName: Type.String({ examples: ['SOS vaikų kaimų „Vieno langelio“ centras'] }),
    active: Type.Boolean(),
    mfaEnabled: Type.Boolean({ description: 'Whether the user signs in with a one-time code too.' }),
    mfaRequired: Type.Boolean({ description: "Whether the user's roles require two-factor sign-in." }),
    lockedUntil: Type.Union([Timestamp, Type.Null()], {
      description: 'Set while sign-in is locked after repeated failures.',
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'User', additionalProperties: false },
)

const UserParams = Type.Object({ userId: Uuid }, { additionalProperties: false })
const Roles = Type.Array(RoleSchema, { minItems: 1, maxItems: 6, uniqueItems: true })
const Professions = Type.Array(ProfessionSchema, { maxItems: 9, uniqueItems: true })

export const CreateUserBody = Type.Object(
  {
    email: Email,
    name: PersonName,
    password: Password,
    roles: Roles,
    professions: Type.Optional(Professions),
  },
  {
    additionalProperties: false,
    examples: [
      {
        email: 'ruta.kazlauskiene@onestop.example',
        name: 'Rūta Kazlauskienė',
        password: 'vasara-prie-juros-2026',
        roles: ['specialist'],
        professions: ['psychologist'],
      },
    ],
  },
)

export const UpdateUserBody = Type.Object(
  {
    email: Type.Optional(Email),
    name: Type.Optional(PersonName),
    roles: Type.Optional(Roles),
    professions: Type.Optional(Professions),
    active: Type.Optional(
      Type.Boolean({ description: 'false deactivates the user and ends their sessions at once.' }),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ roles: ['specialist', 'case_manager'], professions: ['social_worker', 'case_manager'] }],
  },
)

export const ListUsersQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(
      Type.String({ maxLength: 100, description: 'Matches name or e-mail.', examples: ['petr'] }),
    ),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

export const ResetPasswordBody = Type.Object(
  { password: Password },
  { additionalProperties: false, examples: [{ password: 'naujas-slaptazodis-2026' }] },
)

export const UserList = Page(User, 'UserList')

const tags = ['Users'] as const
const admin = ['admin'] as const

export const usersRoutes = {
  listUsers: defineRoute({
    method: 'GET',
    path: '/api/v1/users',
    operationId: 'listUsers',
    summary: "List staff of the admin's organisation",
    tags,
    access: admin,
    querystring: ListUsersQuery,
    response: { 200: UserList, ...problems(400, 401, 403) },
  }),
  createUser: defineRoute({
    method: 'POST',
    path: '/api/v1/users',
    operationId: 'createUser',
    problems: ['email-taken'],
    summary: 'Create a staff user',
    description: "The user belongs to the admin's own organisation.",
    tags,
    access: admin,
    body: CreateUserBody,
    response: { 201: User, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  getUser: defineRoute({
    method: 'GET',
    path: '/api/v1/users/:userId',
    operationId: 'getUser',
    summary: 'Get a staff user',
    tags,
    access: admin,
    params: UserParams,
    response: { 200: User, ...problems(400, 401, 403, 404) },
  }),
  updateUser: defineRoute({
    method: 'PATCH',
    path: '/api/v1/users/:userId',
    operationId: 'updateUser',
    problems: ['email-taken', 'self-lockout'],
    summary: 'Edit, deactivate or reactivate a staff user',
    description: 'Deactivating a user, or changing their roles, ends their sessions at once.',
    tags,
    access: admin,
    params: UserParams,
    body: UpdateUserBody,
    response: { 200: User, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  resetUserPassword: defineRoute({
    method: 'PUT',
    path: '/api/v1/users/:userId/password',
    operationId: 'resetUserPassword',
    summary: "Set a user's password",
    description: "Ends the user's sessions and clears a sign-in lock.",
    tags,
    access: admin,
    params: UserParams,
    body: ResetPasswordBody,
    response: { 204: NoContent, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  endUserSessions: defineRoute({
    method: 'DELETE',
    path: '/api/v1/users/:userId/sessions',
    operationId: 'endUserSessions',
    summary: "End all of a user's sessions",
    description: 'Every access and refresh token the user holds stops working at once.',
    tags,
    access: admin,
    params: UserParams,
    response: { 204: NoContent, ...problems(400, 401, 403, 404) },
  }),
  resetUserMfa: defineRoute({
    method: 'DELETE',
    path: '/api/v1/users/:userId/mfa',
    operationId: 'resetUserMfa',
    summary: "Remove a user's two-factor enrolment",
    description:
      'For a user who lost their authenticator: they enrol again at their next sign-in if their roles require it.',
    tags,
    access: admin,
    params: UserParams,
    response: { 204: NoContent, ...problems(400, 401, 403, 404) },
  }),
} as const

export type User = Static<typeof User>
