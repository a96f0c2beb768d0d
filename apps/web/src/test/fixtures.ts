import type { SessionData } from '../lib/session-store'

export const adminUser: SessionData['user'] = {
  id: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  email: 'admin@onestop.example',
  name: 'Jurgita Petraitienė',
  roles: ['admin'],
  professions: [],
  organisationId: '1b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  organisationName: 'Vieno langelio centras',
  active: true,
  mfaEnabled: false,
  mfaRequired: false,
  lockedUntil: null,
  createdAt: '2026-01-01T10:00:00+02:00',
  updatedAt: '2026-01-01T10:00:00+02:00',
}

export const sessionFor = (accessToken: string, user = adminUser): SessionData => ({
  accessToken,
  expiresIn: 900,
  mfaSetupRequired: false,
  user,
})
