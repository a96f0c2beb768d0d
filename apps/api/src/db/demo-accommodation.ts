import type { FacilityKind } from '@onestop/contracts'
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { SignedInContext } from '../lib/context.js'
import { todayInVilnius } from '../lib/dates.js'
import { createOutOfService } from '../modules/accommodation/out-of-service.js'
import { placeStays } from '../modules/accommodation/placement.js'
import { checkInStay, checkOutStay } from '../modules/accommodation/stay-lifecycle.js'
import { createWaitingRequest } from '../modules/accommodation/waiting-list-changes.js'
import {
  accommodationFacilities,
  accommodationRooms,
  beds,
  families,
  familyMemberships,
  persons,
  sites,
} from './schema/index.js'

interface DemoRoom {
  name: string
  beds: number
  childBeds?: number
  cot?: boolean
}

interface DemoFacility {
  kind: FacilityKind
  name: string
  maxStayNights: number
  rooms: DemoRoom[]
}

const rooms = (count: number, spec: Omit<DemoRoom, 'name'>, prefix = 'Kambarys', from = 1): DemoRoom[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${from + i}`, ...spec }))

/**
 * Sized after the Vilnius City Crisis Center (shared/seeds 003): 75 of its 103 places with accommodation,
 * crisis accommodation as DOMAIN.md's example of 32 places in 12 rooms, 2 of them for isolation.
 */
export const DEMO_FACILITIES: DemoFacility[] = [
  {
    kind: 'crisis_night_shelter',
    name: 'Krizinė nakvynė',
    maxStayNights: 30,
    rooms: rooms(3, { beds: 5 }),
  },
  {
    kind: 'crisis_accommodation',
    name: 'Krizinis apgyvendinimas',
    maxStayNights: 90,
    rooms: [
      ...rooms(10, { beds: 3, childBeds: 1, cot: true }),
      { name: 'Izoliacinis kambarys 1', beds: 1 },
      { name: 'Izoliacinis kambarys 2', beds: 1 },
    ],
  },
  {
    kind: 'long_term_accommodation',
    name: 'Ilgalaikis apgyvendinimas',
    maxStayNights: 365,
    rooms: rooms(4, { beds: 4, childBeds: 2 }, 'Butas'),
  },
  {
    kind: 'child_short_term_care',
    name: 'Vaikų trumpalaikė globa',
    maxStayNights: 180,
    rooms: rooms(4, { beds: 3, childBeds: 3 }),
  },
]

const daysFromToday = (days: number) => todayInVilnius(new Date(Date.now() + days * 86_400_000))
const NO_CHECKS = { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }

async function seedFacilities(officer: SignedInContext) {
  const { db, actor } = officer
  const [site] = await db
    .select({ id: sites.id })
    .from(sites)
    .where(eq(sites.organisationId, actor.organisationId))
    .orderBy(asc(sites.name))
  if (!site) throw new Error('demo site missing')
  const bedsOf: Record<string, string[]> = {}
  for (const facility of DEMO_FACILITIES) {
    const [row] = await db
      .insert(accommodationFacilities)
      .values({ ...facility, organisationId: actor.organisationId, siteId: site.id })
      .returning({ id: accommodationFacilities.id })
    if (!row) throw new Error('facility insert returned nothing')
    const ids: string[] = []
    for (const room of facility.rooms) {
      const [roomRow] = await db
        .insert(accommodationRooms)
        .values({ facilityId: row.id, name: room.name })
        .returning({ id: accommodationRooms.id })
      if (!roomRow) throw new Error('room insert returned nothing')
      const inserted = await db
        .insert(beds)
        .values(
          Array.from({ length: room.beds }, (_, i) => ({
            facilityId: row.id,
            roomId: roomRow.id,
            label: `${room.name.replace(/\D+/g, '')}-${i + 1}`,
            childBed: i >= room.beds - (room.childBeds ?? 0),
            cot: Boolean(room.cot) && i === room.beds - 1,
          })),
        )
        .returning({ id: beds.id })
      ids.push(...inserted.map((bed) => bed.id))
    }
    bedsOf[facility.kind] = ids
  }
  return (kind: FacilityKind, index: number) => {
    const id = bedsOf[kind]?.[index]
    if (!id) throw new Error(`demo bed ${kind} ${index} missing`)
    return id
  }
}

/** The family whose first member has this given name, with its current members by given name. */
async function demoFamily(db: SignedInContext['db'], organisationId: string, givenName: string) {
  const rows = await db
    .select({ familyId: families.id, personId: persons.id, givenName: persons.givenName })
    .from(familyMemberships)
    .innerJoin(families, eq(families.id, familyMemberships.familyId))
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(and(eq(families.organisationId, organisationId), isNull(familyMemberships.leftAt)))
  const familyId = rows.find((row) => row.givenName === givenName)?.familyId
  if (!familyId) throw new Error(`demo family of ${givenName} missing`)
  const member = (name: string) => {
    const id = rows.find((row) => row.familyId === familyId && row.givenName === name)?.personId
    if (!id) throw new Error(`demo member ${name} missing`)
    return id
  }
  return { familyId, member }
}

/**
 * The Vilnius centre's shelter, relative to the seeding day: the Kairienė mother and children checked in
 * since yesterday, Darius Vaitkevičius back from a week in the night shelter, his son expected in
 * children's care, three beds out of service, and two open waiting-list requests.
 */
export async function seedDemoAccommodation(actorFor: (email: string) => SignedInContext): Promise<void> {
  const officer = actorFor('accommodation@onestop.example')
  const bed = await seedFacilities(officer)
  const { organisationId } = officer.actor

  const kairiai = await demoFamily(officer.db, organisationId, 'Indrė')
  const sheltered = await placeStays(officer, {
    familyId: kairiai.familyId,
    checkIn: daysFromToday(-1),
    checkOut: daysFromToday(29),
    members: ['Indrė', 'Kajus', 'Emilija'].map((name, i) => ({
      personId: kairiai.member(name),
      bedId: bed('crisis_accommodation', i),
      admission: NO_CHECKS,
    })),
  })
  for (const stay of sheltered.stays) await checkInStay(officer, stay.id, undefined)

  const vaitkevicius = await demoFamily(officer.db, organisationId, 'Darius')
  const night = await placeStays(officer, {
    familyId: vaitkevicius.familyId,
    checkIn: daysFromToday(-10),
    checkOut: daysFromToday(-3),
    members: [
      {
        personId: vaitkevicius.member('Darius'),
        bedId: bed('crisis_night_shelter', 0),
        admission: NO_CHECKS,
      },
    ],
  })
  for (const stay of night.stays) {
    await checkInStay(officer, stay.id, undefined)
    await checkOutStay(officer, stay.id, undefined, daysFromToday(-3))
  }
  await placeStays(officer, {
    familyId: vaitkevicius.familyId,
    checkIn: daysFromToday(2),
    checkOut: daysFromToday(16),
    members: [
      {
        personId: vaitkevicius.member('Lukas'),
        bedId: bed('child_short_term_care', 0),
        admission: NO_CHECKS,
      },
    ],
  })

  for (const [kind, index, reason] of [
    ['crisis_accommodation', 10, 'Čiužinio keitimas'],
    ['crisis_accommodation', 11, 'Dažymo darbai'],
    ['crisis_night_shelter', 14, 'Lovos remontas'],
  ] as const)
    await createOutOfService(officer, bed(kind, index), {
      from: daysFromToday(-2),
      until: daysFromToday(5),
      reason,
    })

  const petrauskai = await demoFamily(officer.db, organisationId, 'Asta')
  await createWaitingRequest(actorFor('case.manager@onestop.example'), {
    familyId: petrauskai.familyId,
    memberIds: ['Asta', 'Jonas', 'Ugnė'].map(petrauskai.member),
    facilityKind: 'crisis_accommodation',
    neededFrom: daysFromToday(0),
    priority: 'urgent',
    reason: 'Po smurto protrūkio grįžti namo nesaugu; reikia vietos mamai su dviem vaikais šiąnakt.',
  })
  await createWaitingRequest(officer, {
    familyId: vaitkevicius.familyId,
    memberIds: [vaitkevicius.member('Darius')],
    facilityKind: 'long_term_accommodation',
    neededFrom: daysFromToday(7),
    priority: 'normal',
    reason: 'Baigęs krizinę nakvynę neturi kur gyventi; laukia ilgalaikio apgyvendinimo.',
  })
}
