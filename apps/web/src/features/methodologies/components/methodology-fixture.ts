import type { Methodology } from '@onestop/contracts'
import { adminUser } from '../../../test/fixtures'

export const methodologyFixture: Methodology = {
  id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
  organisationId: adminUser.organisationId,
  name: 'No Kids in the Middle',
  shortDescription: 'Grupinė programa aukšto konflikto išsiskyrusiems tėvams ir jų vaikams.',
  targetGroup: 'Išsiskyrę aukšto konflikto tėvai; vaikai 4–18 metų.',
  format: 'parallel_groups',
  sessionCount: 8,
  sessionMinutes: 120,
  maxGroupSize: 12,
  facilitatorsPerGroup: 2,
  certificationPath: 'Trijų dienų mokymai, pirmoji grupė su supervizija.',
  certificationValidityMonths: 36,
  completionShare: 0.75,
  enrolmentRules: {
    couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
    participantChildAge: { minYears: 4, maxYears: 18 },
    courtProceedingsOnHold: true,
  },
  outcomeInstruments: [
    {
      id: '6b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
      name: 'Tėvų konfliktas',
      scoreMin: 0,
      scoreMax: 40,
      higherIsBetter: false,
    },
  ],
  active: true,
  version: 3,
  createdAt: '2031-01-10T10:00:00+02:00',
  updatedAt: '2031-01-10T10:00:00+02:00',
}
