import type { WaitingRequest } from '@onestop/contracts'
import { adminUser, familyFixture } from '../../../test/fixtures'
import { mother } from './accommodation-fixtures'

const staff = { id: adminUser.id, name: adminUser.name }

export const waitingRequest = (n: number, extra: Partial<WaitingRequest> = {}): WaitingRequest => ({
  id: `c0c0c0c${n}-8a53-4d5e-9d43-3f1f4b1c2a10`,
  familyId: familyFixture.id,
  familyReference: `F-2026-00${40 + n}`,
  members: [{ personId: mother.personId, name: 'Asta Petrauskienė', ageYears: 36 }],
  facilityKind: 'crisis_accommodation',
  neededFrom: '2030-01-10',
  priority: 'normal',
  reason: 'Grįžti namo nesaugu.',
  status: 'open',
  requestedAt: '2029-12-20T10:00:00+02:00',
  requestedBy: staff,
  closedAt: null,
  closedBy: null,
  withdrawReason: null,
  version: 2,
  ...extra,
})
