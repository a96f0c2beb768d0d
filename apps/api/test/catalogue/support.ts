import { randomUUID } from 'node:crypto'

export const SERVICES = '/api/v1/services'

/** A valid create body with a unique code. */
export const serviceBody = (overrides: Record<string, unknown> = {}) => ({
  code: `svc-${randomUUID().slice(0, 8)}`,
  catalogueCode: '202',
  nameLt: 'Psichologo konsultacija vaikams',
  nameEn: 'Psychologist consultation for children',
  mode: 'individual',
  professions: ['psychologist'],
  roomKinds: ['children', 'consultation'],
  defaultDurationMinutes: 60,
  ...overrides,
})
