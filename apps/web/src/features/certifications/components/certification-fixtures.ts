import type { Certification, Methodology } from '@onestop/contracts'
import { adminUser } from '../../../test/fixtures'

export const methodology: Methodology = {
  id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
  organisationId: adminUser.organisationId,
  name: 'PUP',
  shortDescription: 'Namų vizitai šeimoms su mažais vaikais.',
  targetGroup: 'Šeimos nuo nėštumo iki vaiko 8 metų.',
  format: 'individual',
  sessionCount: 12,
  sessionMinutes: null,
  maxGroupSize: null,
  facilitatorsPerGroup: 1,
  certificationPath: '30 val. mokymai ir supervizija.',
  certificationValidityMonths: 24,
  completionShare: 0.75,
  enrolmentRules: {},
  outcomeInstruments: [],
  active: true,
  version: 1,
  createdAt: '2031-01-10T10:00:00+02:00',
  updatedAt: '2031-01-10T10:00:00+02:00',
}

export const rasa = { id: '2c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Rasa Jonaitienė' }
export const tomas = { id: '3c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Tomas Petrauskas' }
export const ona = { id: '4c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Ona Kazlauskienė' }

export const staffPage = {
  items: [rasa, tomas, ona].map((person) => ({
    ...person,
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId: adminUser.organisationId,
    organisationName: adminUser.organisationName,
  })),
  nextCursor: null,
}

export const certification = (overrides: Partial<Certification> = {}): Certification => ({
  id: '7c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  staff: tomas,
  methodology: { id: methodology.id, name: methodology.name },
  level: 'supervisor',
  certifiedOn: '2030-01-01',
  validUntil: '2033-12-31',
  evidence: 'Nr. PUP-2030-1',
  supervisor: null,
  revokedAt: null,
  revocationReason: null,
  version: 2,
  createdAt: '2030-01-01T10:00:00+02:00',
  updatedAt: '2030-01-01T10:00:00+02:00',
  ...overrides,
})
