import { ROLES, type Role } from '@onestop/contracts'
import { type Static, Type } from 'typebox'
import { Value } from 'typebox/value'

export const DEFAULT_JWT_SECRET = 'onestop-development-secret-change-me'
/** Development-only key for personal codes; production must set ENCRYPTION_KEY. */
export const DEFAULT_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64')
const MIN_PRODUCTION_SECRET_LENGTH = 32

const Env = Type.Object({
  NODE_ENV: Type.Enum(['development', 'test', 'production'], { default: 'development' }),
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  DATA_DIR: Type.String({ minLength: 1, default: './.data' }),
  JWT_SECRET: Type.String({ minLength: 16, default: DEFAULT_JWT_SECRET }),
  CORS_ORIGINS: Type.String({ default: '' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  DEMO_DATA: Type.Optional(Type.Enum(['true', 'false'])),
  MFA_REQUIRED_ROLES: Type.Optional(Type.String()),
  WEB_DIST_DIR: Type.Optional(Type.String({ minLength: 1 })),
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
  ENCRYPTION_KEY: Type.String({
    pattern: '^[A-Za-z0-9+/]{43}=$',
    default: DEFAULT_ENCRYPTION_KEY,
    description: '32 random bytes, base64',
  }),
  FIRST_ASSESSMENT_WORKING_DAYS: Type.Integer({ minimum: 1, maximum: 60, default: 15 }),
  FIRST_ASSESSMENT_WORKING_DAYS_URGENT: Type.Integer({ minimum: 1, maximum: 60, default: 3 }),
  BREAK_GLASS_MINUTES: Type.Integer({ minimum: 5, maximum: 24 * 60, default: 120 }),
  RETENTION_DAYS_AFTER_CLOSING: Type.Integer({ minimum: 30, maximum: 36_500, default: 1825 }),
  PARTNER_TOKEN_SECONDS: Type.Integer({ minimum: 60, maximum: 3600, default: 600 }),
  PARTNER_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 100_000, default: 120 }),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: Type.Enum(['true', 'false'], { default: 'false' }),
  WEBHOOK_WORKER_INTERVAL_MS: Type.Integer({
    minimum: 0,
    maximum: 3_600_000,
    default: 10_000,
    description: 'How often due webhook deliveries are sent; 0 turns the worker off',
  }),
})

export interface Config {
  env: 'development' | 'test' | 'production'
  port: number
  host: string
  databaseUrl: string | undefined
  databasePoolSize: number
  dataDir: string
  jwtSecret: string
  corsOrigins: string[]
  logLevel: Static<typeof Env>['LOG_LEVEL']
  /** true: seed demo data; false: never; undefined: seed an empty embedded database. */
  demoData: boolean | undefined
  mfaRequiredRoles: Role[]
  webDistDir: string | undefined
  /** `true`, or the addresses of the reverse proxies whose X-Forwarded-For is believed. */
  trustProxy: boolean | string[]
  /** Answer 503 at once instead of queueing when the event loop lags this much; false turns it off. */
  loadShedding:
    | {
        maxEventLoopDelayMs: number
        maxEventLoopUtilization: number
        sampleIntervalMs: number
        maxHeapUsedBytes?: number
      }
    | false
  /** 32-byte key that encrypts personal codes and keys their lookup hash. */
  encryptionKey: Buffer
  caseManagement: {
    /** Working days from a child rights service report to the first assessment. */
    firstAssessmentWorkingDays: number
    /** The same when violence or danger was reported. */
    firstAssessmentWorkingDaysUrgent: number
    breakGlassMinutes: number
    /** Closed families are anonymised this many days after closing. */
    retentionDaysAfterClosing: number
  }
  partners: {
    /** Lifetime of an API client's token. */
    tokenSeconds: number
    /** Token requests per minute from one address. */
    tokenRateLimitPerMinute: number
    /** Requests per minute of one API client to the partner operations. */
    requestsPerMinute: number
    /**
     * Whether webhook URLs may point at private, loopback or link-local addresses: off, so a partner cannot
     * make the server call into its own network; the operator turns it on for an on-premises receiver.
     */
    webhookAllowPrivateTargets: boolean
    /** How often this instance sends due webhook deliveries; 0: never (tests drive the worker themselves). */
    webhookWorkerIntervalMs: number
  }
  auth: {
    accessTokenSeconds: number
    refreshTokenDays: number
    lockoutThreshold: number
    lockoutMinutes: number
    /** Each failed sign-in in a row delays the answer by this much more, up to five times it. */
    failureDelayMs: number
    loginRateLimitPerMinute: number
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/** Never echoed in an error: start-up errors end up in logs. */
const SECRETS = new Set(['JWT_SECRET', 'ENCRYPTION_KEY', 'DATABASE_URL'])

const NUMERIC = new Set([
  'PORT',
  'DATABASE_POOL_SIZE',
  'FIRST_ASSESSMENT_WORKING_DAYS',
  'FIRST_ASSESSMENT_WORKING_DAYS_URGENT',
  'BREAK_GLASS_MINUTES',
  'RETENTION_DAYS_AFTER_CLOSING',
  'PARTNER_TOKEN_SECONDS',
  'PARTNER_RATE_LIMIT_PER_MINUTE',
  'WEBHOOK_WORKER_INTERVAL_MS',
])

/** Reads the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(Env.properties)) {
    const value = source[key]
    if (value === undefined || value === '') continue
    raw[key] = NUMERIC.has(key) && /^\d+$/.test(value) ? Number(value) : value
  }
  const withDefaults = Value.Default(Env, raw) as Record<string, unknown>
  const problems = [...Value.Errors(Env, withDefaults)].map((e) => {
    const name = e.instancePath.replace(/^\//, '') || 'environment'
    const got = SECRETS.has(name) ? 'value hidden' : `got ${JSON.stringify(source[name] ?? null)}`
    return `${name}: ${e.message} (${got})`
  })

  const env = withDefaults as Static<typeof Env>
  const mfaRoles = env.MFA_REQUIRED_ROLES === undefined ? undefined : splitList(env.MFA_REQUIRED_ROLES)
  for (const role of mfaRoles ?? []) {
    if (!(ROLES as readonly string[]).includes(role))
      problems.push(`MFA_REQUIRED_ROLES: unknown role "${role}" (roles: ${ROLES.join(', ')})`)
  }
  const origins = splitList(env.CORS_ORIGINS)
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://staff.example.lt`)
  }
  if (env.NODE_ENV === 'production' && env.ENCRYPTION_KEY === DEFAULT_ENCRYPTION_KEY)
    problems.push('ENCRYPTION_KEY: production needs a key of its own (32 random bytes, base64)')
  if (env.NODE_ENV === 'production') {
    if (env.JWT_SECRET === DEFAULT_JWT_SECRET || env.JWT_SECRET.length < MIN_PRODUCTION_SECRET_LENGTH)
      problems.push(
        `JWT_SECRET: production needs a secret of its own, at least ${MIN_PRODUCTION_SECRET_LENGTH} characters`,
      )
  }
  if (problems.length > 0) throw new ConfigError(problems)

  const production = env.NODE_ENV === 'production'
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    dataDir: env.DATA_DIR,
    jwtSecret: env.JWT_SECRET,
    corsOrigins: origins,
    logLevel: env.LOG_LEVEL,
    demoData: env.DEMO_DATA === undefined ? undefined : env.DEMO_DATA === 'true',
    mfaRequiredRoles: (mfaRoles ?? (production ? ['admin'] : [])) as Role[],
    webDistDir: env.WEB_DIST_DIR,
    trustProxy: env.TRUST_PROXY === 'true' ? true : splitList(env.TRUST_PROXY),
    loadShedding: { maxEventLoopDelayMs: 1_000, maxEventLoopUtilization: 0.98, sampleIntervalMs: 1_000 },
    encryptionKey: Buffer.from(env.ENCRYPTION_KEY, 'base64'),
    caseManagement: {
      firstAssessmentWorkingDays: env.FIRST_ASSESSMENT_WORKING_DAYS,
      firstAssessmentWorkingDaysUrgent: env.FIRST_ASSESSMENT_WORKING_DAYS_URGENT,
      breakGlassMinutes: env.BREAK_GLASS_MINUTES,
      retentionDaysAfterClosing: env.RETENTION_DAYS_AFTER_CLOSING,
    },
    partners: {
      tokenSeconds: env.PARTNER_TOKEN_SECONDS,
      tokenRateLimitPerMinute: 30,
      requestsPerMinute: env.PARTNER_RATE_LIMIT_PER_MINUTE,
      webhookAllowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
      webhookWorkerIntervalMs: env.WEBHOOK_WORKER_INTERVAL_MS,
    },
    auth: {
      accessTokenSeconds: 15 * 60,
      refreshTokenDays: 14,
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      failureDelayMs: 200,
      loginRateLimitPerMinute: 30,
    },
  }
}
