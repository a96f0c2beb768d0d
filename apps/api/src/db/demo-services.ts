import type { Profession, ServiceMode } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from './client.js'
import { TEEN_TRIPLE_P } from './demo-methodologies.js'
import { methodologies, type ROOM_KINDS, services, sites, users, workingHours } from './schema/index.js'

interface DemoService {
  code: string
  catalogueCode: string | null
  nameLt: string
  nameEn: string
  mode: ServiceMode
  professions: Profession[]
  roomKinds: (typeof ROOM_KINDS)[number][]
  defaultDurationMinutes: number
  defaultCapacity?: number
  /** The name of the demo methodology the service delivers. */
  methodology?: string
}

// The package of seed 004 (Kretinga) and the specialists and activities of seed 000 (Vilnius). SPIS codes:
// 201 information, 202 counselling, 203 mediation and representation; null where no code was confirmed.
export const DEMO_SERVICES: DemoService[] = [
  {
    code: 'psychologist-children',
    catalogueCode: '202',
    nameLt: 'Individuali psichologo konsultacija vaikams',
    nameEn: 'Psychologist consultation for children',
    mode: 'individual',
    professions: ['psychologist'],
    roomKinds: ['children', 'consultation'],
    defaultDurationMinutes: 45,
  },
  {
    code: 'psychotherapist-adults',
    catalogueCode: '202',
    nameLt: 'Individuali psichoterapeuto konsultacija suaugusiesiems',
    nameEn: 'Psychotherapist consultation for adults',
    mode: 'individual',
    professions: ['psychotherapist'],
    roomKinds: ['consultation'],
    defaultDurationMinutes: 60,
  },
  {
    code: 'addiction-consultation',
    catalogueCode: '202',
    nameLt: 'Priklausomybės konsultanto konsultacija',
    nameEn: 'Addiction consultant consultation',
    mode: 'individual',
    professions: ['addiction_consultant'],
    roomKinds: ['consultation'],
    defaultDurationMinutes: 60,
  },
  {
    code: 'lawyer-consultation',
    catalogueCode: '202',
    nameLt: 'Individuali teisininko konsultacija',
    nameEn: 'Lawyer consultation',
    mode: 'individual',
    professions: ['lawyer'],
    roomKinds: ['consultation', 'office'],
    defaultDurationMinutes: 60,
  },
  {
    code: 'psychiatrist-consultation',
    catalogueCode: '202',
    nameLt: 'Psichiatro konsultacija',
    nameEn: 'Psychiatrist consultation',
    mode: 'individual',
    professions: ['psychiatrist'],
    roomKinds: ['consultation'],
    defaultDurationMinutes: 45,
  },
  {
    code: 'special-pedagogue',
    catalogueCode: '202',
    nameLt: 'Specialiojo pedagogo užsiėmimas',
    nameEn: 'Special pedagogue session',
    mode: 'individual',
    professions: ['special_pedagogue'],
    roomKinds: ['children', 'consultation'],
    defaultDurationMinutes: 45,
  },
  {
    code: 'family-mediation',
    catalogueCode: '203',
    nameLt: 'Šeimos mediacija',
    nameEn: 'Family mediation',
    mode: 'family',
    professions: ['mediator'],
    roomKinds: ['consultation'],
    defaultDurationMinutes: 120,
  },
  {
    code: 'social-worker-consultation',
    catalogueCode: '202',
    nameLt: 'Socialinio darbuotojo konsultacija',
    nameEn: 'Social worker consultation',
    mode: 'individual',
    professions: ['social_worker'],
    roomKinds: ['consultation', 'office'],
    defaultDurationMinutes: 60,
  },
  {
    code: 'case-management-meeting',
    catalogueCode: null,
    nameLt: 'Atvejo vadybos susitikimas',
    nameEn: 'Case management meeting',
    mode: 'family',
    professions: ['case_manager'],
    roomKinds: ['consultation', 'group'],
    defaultDurationMinutes: 90,
  },
  {
    code: 'crisis-intervention',
    catalogueCode: null,
    nameLt: 'Krizių intervencija',
    nameEn: 'Crisis intervention',
    mode: 'individual',
    professions: ['psychologist', 'psychotherapist', 'social_worker'],
    roomKinds: ['consultation'],
    defaultDurationMinutes: 60,
  },
  {
    code: 'therapeutic-group',
    catalogueCode: null,
    nameLt: 'Terapinės grupės užsiėmimas',
    nameEn: 'Therapeutic group',
    mode: 'group',
    professions: ['psychotherapist', 'psychologist'],
    roomKinds: ['group'],
    defaultDurationMinutes: 120,
    defaultCapacity: 20,
  },
  {
    code: 'parenting-skills-group',
    catalogueCode: null,
    nameLt: 'Tėvystės įgūdžių ugdymo užsiėmimas',
    nameEn: 'Parenting skills group',
    mode: 'group',
    professions: ['psychologist', 'social_worker'],
    roomKinds: ['group'],
    defaultDurationMinutes: 120,
    defaultCapacity: 8,
  },
  {
    code: 'teen-triple-p-group',
    catalogueCode: null,
    nameLt: 'Grupinė paauglių tėvų programa „Teen Triple P“',
    nameEn: 'Group Teen Triple P',
    mode: 'group',
    professions: ['psychologist'],
    roomKinds: ['group'],
    defaultDurationMinutes: 120,
    defaultCapacity: 12,
    methodology: TEEN_TRIPLE_P,
  },
  {
    code: 'preventive-lecture',
    catalogueCode: '201',
    nameLt: 'Prevencinė paskaita',
    nameEn: 'Preventive lecture',
    mode: 'group',
    professions: ['psychiatrist', 'psychologist', 'social_worker'],
    roomKinds: ['group'],
    defaultDurationMinutes: 90,
    defaultCapacity: 20,
  },
  {
    code: 'body-movement',
    catalogueCode: null,
    nameLt: 'Kūno ir judesio užsiėmimas',
    nameEn: 'Body and movement session',
    mode: 'group',
    professions: ['psychotherapist', 'psychologist'],
    roomKinds: ['group'],
    defaultDurationMinutes: 60,
    defaultCapacity: 12,
  },
]

export const DEMO_HOURS = { from: '08:00', to: '17:00', validFrom: '2026-01-01' } as const

/**
 * The catalogue of a newly seeded organisation (after its methodologies, which some services deliver), and
 * Monday–Friday hours at its first site for every staff member who practises a profession.
 */
export async function seedDemoServices(
  tx: Database,
  organisationId: string,
  org: { sites: readonly { name: string }[] },
) {
  const programmes = await tx
    .select({ id: methodologies.id, name: methodologies.name })
    .from(methodologies)
    .where(eq(methodologies.organisationId, organisationId))
  await tx.insert(services).values(
    DEMO_SERVICES.map(({ methodology, ...s }) => ({
      ...s,
      organisationId,
      methodologyId: programmes.find((m) => m.name === methodology)?.id ?? null,
    })),
  )
  const firstSite = org.sites[0]
  if (!firstSite) return
  const [site] = await tx
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.organisationId, organisationId), eq(sites.name, firstSite.name)))
  if (!site) return
  const specialists = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), sql`cardinality(${users.professions}) > 0`))
  const rows = specialists.flatMap((user) =>
    [1, 2, 3, 4, 5].map((weekday) => ({
      userId: user.id,
      siteId: site.id,
      weekday,
      startsAt: DEMO_HOURS.from,
      endsAt: DEMO_HOURS.to,
      validFrom: DEMO_HOURS.validFrom,
    })),
  )
  if (rows.length) await tx.insert(workingHours).values(rows)
}
