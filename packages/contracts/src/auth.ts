import { Type } from 'typebox'
import { BODY_PROBLEMS, Email, NoContent, problems } from './common.js'
import { defineRoute } from './route.js'
import { Password, User } from './users.js'

const OneTimeCode = Type.String({
  minLength: 6,
  maxLength: 20,
  description: 'A 6-digit code from the authenticator app, or one of the recovery codes.',
  examples: ['123456'],
})

export const LoginBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 1, maxLength: 256, examples: ['OneStop-demo-2026'] }),
    otp: Type.Optional(OneTimeCode),
  },
  {
    additionalProperties: false,
    examples: [{ email: 'admin@onestop.example', password: 'OneStop-demo-2026' }],
  },
)

export const Session = Type.Object(
  {
    accessToken: Type.String({ description: 'Bearer token for the Authorization header.' }),
    expiresIn: Type.Integer({ description: 'Seconds until the access token expires.', examples: [900] }),
    mfaSetupRequired: Type.Boolean({
      description:
        "True when the user's roles require two-factor sign-in and they have not enrolled yet: until they do, the token only reaches the enrolment operations.",
    }),
    user: User,
  },
  { title: 'Session', additionalProperties: false },
)

export const MfaSetup = Type.Object(
  {
    secret: Type.String({ description: 'Base32 TOTP secret, for typing into an authenticator app.' }),
    otpauthUrl: Type.String({ description: 'otpauth:// URL, for a QR code.' }),
  },
  { title: 'MfaSetup', additionalProperties: false },
)

export const MfaEnableBody = Type.Object(
  { code: Type.String({ pattern: '^[0-9]{6}$', examples: ['123456'] }) },
  { additionalProperties: false },
)

export const RecoveryCodes = Type.Object(
  {
    recoveryCodes: Type.Array(Type.String({ examples: ['7hq2-m4kd'] }), {
      description: 'One-time codes to sign in with when the authenticator is lost. Shown once.',
    }),
  },
  { title: 'RecoveryCodes', additionalProperties: false },
)

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Password,
  },
  { additionalProperties: false },
)

export const MfaDisableBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
)

const tags = ['Authentication'] as const

export const authRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/login',
    operationId: 'login',
    problems: ['invalid-credentials', 'mfa-required', 'invalid-mfa-code', 'account-locked'],
    summary: 'Sign in with e-mail and password',
    description:
      'Returns an access token (15 minutes) and sets a rotating refresh token in an httpOnly cookie. Users with two-factor sign-in send `otp` too; without it the answer is 401 with type `/problems/mfa-required`. Repeated failures are slowed down, then lock the account for a while (429 with type `/problems/account-locked` and `Retry-After`).',
    tags,
    access: 'public',
    body: LoginBody,
    response: { 200: Session, ...problems(...BODY_PROBLEMS, 401, 429) },
  }),
  refresh: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/refresh',
    operationId: 'refreshSession',
    summary: 'Exchange the refresh cookie for a new access token',
    description:
      'The refresh token is rotated on every use. Presenting a refresh token that was already used ends its whole session chain.',
    tags,
    access: 'public',
    response: { 200: Session, ...problems(401, 429) },
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/logout',
    operationId: 'logout',
    summary: 'Sign out: end this session',
    tags,
    access: 'public',
    response: { 204: NoContent, ...problems(429) },
  }),
  me: defineRoute({
    method: 'GET',
    path: '/api/v1/auth/me',
    operationId: 'getCurrentUser',
    summary: 'The signed-in user',
    tags,
    access: 'authenticated',
    allowDuringMfaSetup: true,
    response: { 200: User, ...problems(401) },
  }),
  changePassword: defineRoute({
    method: 'PUT',
    path: '/api/v1/auth/password',
    operationId: 'changeOwnPassword',
    summary: 'Change your own password',
    description: 'Ends all your other sessions.',
    tags,
    access: 'authenticated',
    body: ChangePasswordBody,
    response: { 204: NoContent, ...problems(...BODY_PROBLEMS, 401) },
  }),
  startMfaSetup: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/mfa/setup',
    operationId: 'startMfaSetup',
    problems: ['mfa-already-enabled'],
    summary: 'Start enrolling in two-factor sign-in',
    description: 'Returns a new TOTP secret; it takes effect once confirmed with a code.',
    tags,
    access: 'authenticated',
    allowDuringMfaSetup: true,
    response: { 200: MfaSetup, ...problems(401, 409) },
  }),
  enableMfa: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/mfa/enable',
    operationId: 'enableMfa',
    problems: ['mfa-already-enabled', 'mfa-setup-not-started'],
    summary: 'Confirm two-factor enrolment with a code',
    description: 'Returns the recovery codes, once. Refresh the session afterwards for a full access token.',
    tags,
    access: 'authenticated',
    allowDuringMfaSetup: true,
    body: MfaEnableBody,
    response: { 200: RecoveryCodes, ...problems(...BODY_PROBLEMS, 401, 409) },
  }),
  disableMfa: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/mfa/disable',
    operationId: 'disableMfa',
    problems: ['mfa-not-enabled', 'mfa-required-by-role'],
    summary: 'Turn two-factor sign-in off',
    description: 'Refused (409) when your roles require it.',
    tags,
    access: 'authenticated',
    body: MfaDisableBody,
    response: { 204: NoContent, ...problems(...BODY_PROBLEMS, 401, 409) },
  }),
} as const
