import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_JWT_SECRET, loadConfig } from '../src/config.js'

const PRODUCTION_SECRET = 'a-production-secret-of-at-least-32-chars'
/** A complete production environment; each test spoils one variable of it. */
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: PRODUCTION_SECRET,
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
}

/** The problems a bad environment produces; fails the test when loadConfig accepts it. */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`)
}

describe('loadConfig', () => {
  it('reads a valid environment', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/onestop',
      DATABASE_POOL_SIZE: '25',
      CORS_ORIGINS: 'https://staff.example.lt, http://localhost:5173',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      TRUST_PROXY: '10.0.0.1,10.0.0.2',
    })
    expect(config).toMatchObject({
      env: 'development',
      port: 8080,
      databaseUrl: 'postgres://app@db:5432/onestop',
      databasePoolSize: 25,
      corsOrigins: ['https://staff.example.lt', 'http://localhost:5173'],
      logLevel: 'warn',
      demoData: false,
      trustProxy: ['10.0.0.1', '10.0.0.2'],
      auth: { accessTokenSeconds: 900, lockoutThreshold: 5, lockoutMinutes: 15 },
    })
  })

  it('uses defaults for an empty environment', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      jwtSecret: DEFAULT_JWT_SECRET,
      corsOrigins: [],
      demoData: undefined,
      trustProxy: [],
    })
  })

  it('names every bad variable in one error', () => {
    const problems = problemsOf({
      NODE_ENV: 'staging',
      PORT: 'eighty',
      DATABASE_URL: 'mysql://db/onestop',
      DATABASE_POOL_SIZE: '0',
      LOG_LEVEL: 'loud',
      DEMO_DATA: 'yes',
      CORS_ORIGINS: 'staff.example.lt',
      MFA_REQUIRED_ROLES: 'wizard',
    })
    const named = problems.map((p) => p.split(':')[0])
    expect(named.sort()).toEqual(
      [
        'CORS_ORIGINS',
        'DATABASE_POOL_SIZE',
        'DATABASE_URL',
        'DEMO_DATA',
        'LOG_LEVEL',
        'MFA_REQUIRED_ROLES',
        'NODE_ENV',
        'PORT',
      ].sort(),
    )
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/)
  })

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([expect.stringMatching(/^PORT:/)])
  })

  describe('in production', () => {
    it('refuses the default JWT secret', () => {
      expect(problemsOf({ ...PRODUCTION, JWT_SECRET: DEFAULT_JWT_SECRET })).toEqual([
        expect.stringMatching(/^JWT_SECRET:/),
      ])
      expect(problemsOf({ ...PRODUCTION, JWT_SECRET: undefined })).toEqual([
        expect.stringMatching(/^JWT_SECRET:/),
      ])
    })

    it('refuses a JWT secret shorter than 32 characters', () => {
      expect(problemsOf({ ...PRODUCTION, JWT_SECRET: 'x'.repeat(31) })).toEqual([
        expect.stringMatching(/^JWT_SECRET:/),
      ])
      expect(loadConfig({ ...PRODUCTION, JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32))
    })

    it('requires MFA of admins unless told otherwise', () => {
      expect(loadConfig(PRODUCTION).mfaRequiredRoles).toEqual(['admin'])
      expect(loadConfig({ ...PRODUCTION, MFA_REQUIRED_ROLES: 'admin,coordinator' }).mfaRequiredRoles).toEqual(
        ['admin', 'coordinator'],
      )
    })
  })

  it('requires MFA of no role outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).mfaRequiredRoles).toEqual([])
    expect(loadConfig({ NODE_ENV: 'test' }).mfaRequiredRoles).toEqual([])
    expect(loadConfig({ MFA_REQUIRED_ROLES: ' admin , case_manager ' }).mfaRequiredRoles).toEqual([
      'admin',
      'case_manager',
    ])
  })

  it('refuses unknown roles in MFA_REQUIRED_ROLES, naming them', () => {
    const problems = problemsOf({ MFA_REQUIRED_ROLES: 'admin,wizard,Admin' })
    expect(problems).toHaveLength(2)
    expect(problems.join('\n')).toContain('"wizard"')
    expect(problems.join('\n')).toContain('"Admin"')
  })

  it('reads TRUST_PROXY=true as trusting every proxy', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
  })

  // Start-up errors go to logs: a refused secret must not be echoed.
  it('does not echo a refused secret in the error', () => {
    const secret = 'short-secret'
    const problems = problemsOf({ JWT_SECRET: secret })
    expect(problems.join('\n')).toContain('JWT_SECRET')
    expect(problems.join('\n')).not.toContain(secret)
  })
})
