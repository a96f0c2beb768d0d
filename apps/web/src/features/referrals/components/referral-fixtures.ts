import type { IncomingReferral } from '@onestop/contracts'
import type { ReferralSummary } from '../api/keys'

/** The fixed "now" of the tests: no test reads the wall clock. */
export const NOW = new Date('2026-03-10T10:00:00Z')

export const referralSummary = (overrides: Partial<ReferralSummary> = {}): ReferralSummary => ({
  id: '3c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  fromOrganisation: { id: '4c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Vilniaus miesto savivaldybė' },
  partnerReference: 'VTAS-2026-0412',
  reason: 'Vaikai lieka be priežiūros.',
  urgency: 'urgent',
  riskFactors: ['lack_of_care_skills'],
  status: 'received',
  receivedAt: '2026-03-10T07:00:00Z',
  answerDueAt: '2026-03-10T15:20:00Z',
  overdue: false,
  personCount: 2,
  ...overrides,
})

export const FAMILY_ID = '5c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
export const MATCHED_FAMILY_ID = '6c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const MOTHER_ID = '7c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

export const incomingReferral = (overrides: Partial<IncomingReferral> = {}): IncomingReferral => ({
  ...referralSummary(),
  consentNote: 'Motina sutiko, kad informacija būtų perduota centrui.',
  decidedAt: null,
  declineReason: null,
  closedAt: null,
  familyId: null,
  persons: [
    {
      id: MOTHER_ID,
      givenName: 'Rasa',
      familyName: 'Jonaitienė',
      birthDate: '1990-04-12',
      gender: 'woman',
      role: 'parent',
      personalCode: '49004120000',
      contacts: { phone: '+370 612 34567' },
    },
    {
      id: '8c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      givenName: 'Tomas',
      familyName: 'Jonaitis',
      birthDate: '2015-09-01',
      gender: 'man',
      role: 'child',
      personalCode: null,
      contacts: {},
    },
  ],
  matches: [
    {
      family: { id: MATCHED_FAMILY_ID, referenceCode: '2026-0042', status: 'active' },
      persons: [
        {
          referralPersonId: MOTHER_ID,
          memberId: '9c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
          personId: 'ac9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
          matchedBy: 'personal_code',
        },
      ],
    },
  ],
  history: [],
  ...overrides,
})
