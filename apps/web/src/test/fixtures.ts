import type { Family, Member } from '@onestop/contracts'
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

export const familyFixture: Family = {
  id: '6a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  referenceCode: 'F-2026-0042',
  status: 'active',
  organisationId: adminUser.organisationId,
  municipality: 'Vilniaus miesto savivaldybė',
  referralSource: 'child_rights_service',
  referredAt: '2026-11-20',
  violenceOrDangerReported: false,
  firstAssessmentDue: '2026-12-11',
  firstAssessmentOverdue: false,
  riskFactors: ['high_conflict_separation'],
  recipientGroups: ['families_in_crisis'],
  caseManager: { id: adminUser.id, name: adminUser.name },
  intakeBy: { id: adminUser.id, name: adminUser.name },
  memberNames: ['Asta Petrauskienė'],
  openedAt: '2026-11-20T10:00:00+02:00',
  closedAt: null,
  closingReason: null,
  outcomeSummary: null,
  version: 3,
  createdAt: '2026-11-20T10:00:00+02:00',
  updatedAt: '2026-11-20T10:00:00+02:00',
}

export const memberFixture: Member = {
  id: '7a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  personId: '8a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  familyId: familyFixture.id,
  givenName: 'Asta',
  familyName: 'Petrauskienė',
  birthDate: '1988-04-12',
  ageYears: 38,
  gender: 'woman',
  role: 'parent',
  personalCode: null,
  hasPersonalCode: false,
  contacts: { phone: '+370 612 34567' },
  contactsConfidential: false,
  joinedAt: '2026-11-20T10:00:00+02:00',
}
