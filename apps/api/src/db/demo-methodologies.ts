import type { CreateMethodologyBody } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import type { Static } from 'typebox'
import { addDays, addMonths, todayInVilnius } from '../lib/dates.js'
import type { Database } from './client.js'
import { certifications, methodologies, outcomeInstruments, users } from './schema/index.js'

/**
 * The four programmes of shared/DOMAIN.md ("Methodology programmes"), as each demo organisation offers them.
 * The programmes publish no certification validity: 36 months is the demo's own setting, for an admin to
 * change. Session length is left open where the programme does not fix one (PUP home visits, SAFE days).
 * DOMAIN.md names what each measures, not the instruments: only SDQ total difficulties (0–40, the issue's
 * example) is seeded, for the children's wellbeing and teen behaviour [judgement]; admins add the others.
 */
export const DEMO_METHODOLOGIES: Static<typeof CreateMethodologyBody>[] = [
  {
    name: 'PUP (Parents under Pressure)',
    shortDescription:
      'Individualūs vizitai namuose su atvejo vadyba: 12 modulių bet kuria tvarka per maždaug 20 savaičių.',
    targetGroup:
      'Tėvai nuo nėštumo iki vaikui sueina 8 metai, patiriantys daug rizikų (priklausomybės, smurtas, psichikos sveikata).',
    format: 'individual',
    sessionCount: 12,
    sessionMinutes: null,
    maxGroupSize: null,
    facilitatorsPerGroup: 1,
    certificationPath:
      '30 val. mokymai ir supervizija, ne mažiau kaip 3 šeimos ir 3 įvertinti atvejų aprašai – akredituotas terapeutas; vėliau supervizorius, treneris.',
    certificationValidityMonths: 36,
    enrolmentRules: {},
    outcomeInstruments: [],
  },
  {
    name: 'No Kids in the Middle',
    shortDescription:
      'Lygiagrečios tėvų ir vaikų grupės: 8 užsiėmimai po 2 val. kas 14 dienų, pirminis pokalbis, tinklo susitikimas ir baigiamasis įvertinimas kiekvienai porai.',
    targetGroup: 'Išsiskyrę aukšto konflikto tėvai; jų vaikai 4–18 metų.',
    format: 'parallel_groups',
    sessionCount: 8,
    sessionMinutes: 120,
    maxGroupSize: 12,
    facilitatorsPerGroup: 2,
    certificationPath:
      'Sisteminis ir traumos išmanymo pagrindas, 3 dienų mokymai, pirmoji grupė su supervizija, nuolatinė kolegų peržiūra.',
    certificationValidityMonths: 36,
    enrolmentRules: {
      couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
      participantChildAge: { minYears: 4, maxYears: 18 },
      courtProceedingsOnHold: true,
    },
    outcomeInstruments: [{ name: 'SDQ – bendri sunkumai', scoreMin: 0, scoreMax: 40, higherIsBetter: false }],
  },
  {
    name: 'Group Teen Triple P',
    shortDescription:
      '4 grupiniai užsiėmimai po 2 val. ir 3 pokalbiai telefonu po 15–30 min. per 8 savaites.',
    targetGroup: 'Tėvai, auginantys 12–16 metų paauglius.',
    format: 'group',
    sessionCount: 4,
    sessionMinutes: 120,
    maxGroupSize: 12,
    facilitatorsPerGroup: 1,
    certificationPath: '2–3 dienų kursai ir akreditacijos diena po 6–8 savaičių.',
    certificationValidityMonths: 36,
    enrolmentRules: { parentOfChildAged: { minYears: 12, maxYears: 16 } },
    outcomeInstruments: [{ name: 'SDQ – bendri sunkumai', scoreMin: 0, scoreMax: 40, higherIsBetter: false }],
  },
  {
    name: 'SAFE',
    shortDescription:
      'Tėvų grupės dienos: 4 prieš gimimą ir 6 po jo (1, 2, 3, 6, 9 ir 12 mėnesį), iki 5 individualių užsiėmimų.',
    targetGroup: 'Būsimieji tėvai nuo maždaug 20 nėštumo savaitės iki vaiko pirmojo gimtadienio.',
    format: 'group',
    sessionCount: 10,
    sessionMinutes: null,
    maxGroupSize: 20,
    facilitatorsPerGroup: 2,
    certificationPath: 'Sertifikuotas SAFE mentorius.',
    certificationValidityMonths: 36,
    enrolmentRules: {
      couples: { kind: 'expectant_parents', bothRequired: false, minCouples: 5, maxCouples: 10 },
      duringPregnancy: true,
    },
    outcomeInstruments: [],
  },
]

export const TEEN_TRIPLE_P = 'Group Teen Triple P'

/**
 * The organisation's first psychologist by name, certified (accredited) in Group Teen Triple P from a month
 * ago for the methodology's validity, so the demo can plan a run of the service delivering it; the others
 * are still to be trained.
 */
async function certifyFirstPsychologist(
  db: Database,
  organisationId: string,
  methodology: { id: string; certificationValidityMonths: number },
) {
  const staff = await db
    .select({ id: users.id, name: users.name, roles: users.roles, professions: users.professions })
    .from(users)
    .where(eq(users.organisationId, organisationId))
  const psychologists = staff
    .filter((u) => u.professions.includes('psychologist'))
    .sort((a, b) => a.name.localeCompare(b.name, 'lt'))
    .slice(0, 1)
  const certifiedOn = addDays(todayInVilnius(), -30)
  const validUntil = addDays(addMonths(certifiedOn, methodology.certificationValidityMonths), -1)
  if (psychologists.length > 0)
    await db.insert(certifications).values(
      psychologists.map(({ id }) => ({
        organisationId,
        userId: id,
        methodologyId: methodology.id,
        level: 'accredited' as const,
        certifiedOn,
        validUntil,
        evidence: 'Akreditacijos diena (demonstraciniai duomenys).',
        createdById: staff.find((u) => u.roles.includes('admin'))?.id ?? id,
      })),
    )
}

/** The demo methodologies of one new organisation, with their instruments, before its services. */
export async function seedDemoMethodologies(db: Database, organisationId: string) {
  for (const { outcomeInstruments: instruments = [], ...methodology } of DEMO_METHODOLOGIES) {
    const [row] = await db
      .insert(methodologies)
      .values({ ...methodology, organisationId })
      .returning({ id: methodologies.id })
    if (!row) throw new Error('methodology insert returned nothing')
    if (instruments.length > 0)
      await db.insert(outcomeInstruments).values(instruments.map((i) => ({ ...i, methodologyId: row.id })))
    if (methodology.name === TEEN_TRIPLE_P)
      await certifyFirstPsychologist(db, organisationId, { ...methodology, id: row.id })
  }
}
