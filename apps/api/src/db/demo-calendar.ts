import { and, eq } from 'drizzle-orm'
import type { SignedInContext } from '../lib/context.js'
import { addWorkingDays, nextWeekday, todayInVilnius, vilniusInstant } from '../lib/dates.js'
import { createAppointment } from '../modules/bookings/create.js'
import { closeAppointment } from '../modules/bookings/lifecycle.js'
import { enrol } from '../modules/groups/enrolments.js'
import { createRun } from '../modules/groups/runs.js'
import { familyMemberships, persons, rooms, services, sites } from './schema/index.js'

/**
 * A week of the Vilnius demo centre's calendar around today: the psychologist's consultations with the
 * Petrauskai children (one already delivered) and a weekly parenting group with two parents enrolled.
 */
export async function seedDemoCalendar(
  actorFor: (email: string) => SignedInContext,
  familyId: string,
): Promise<void> {
  const coordinator = actorFor('coordinator@onestop.example')
  const caseManager = actorFor('case.manager@onestop.example')
  const { db } = coordinator
  const { organisationId } = coordinator.actor
  const serviceId = async (code: string) => {
    const [row] = await db
      .select({ id: services.id })
      .from(services)
      .where(and(eq(services.organisationId, organisationId), eq(services.code, code)))
    if (!row) throw new Error(`demo service ${code} missing`)
    return row.id
  }
  const roomId = async (name: string) => {
    const [row] = await db
      .select({ id: rooms.id })
      .from(rooms)
      .innerJoin(sites, eq(sites.id, rooms.siteId))
      .where(and(eq(sites.organisationId, organisationId), eq(rooms.name, name)))
    if (!row) throw new Error(`demo room ${name} missing`)
    return row.id
  }
  const members = await db
    .select({ id: persons.id, givenName: persons.givenName })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(eq(familyMemberships.familyId, familyId))
  const member = (givenName: string) => {
    const found = members.find((m) => m.givenName === givenName)
    if (!found) throw new Error(`demo member ${givenName} missing`)
    return found.id
  }

  const today = todayInVilnius()
  const twoWeeksAgo = new Date(`${today}T00:00:00Z`)
  twoWeeksAgo.setUTCDate(twoWeeksAgo.getUTCDate() - 13)
  const lastWeeksTuesday = nextWeekday(twoWeeksAgo.toISOString().slice(0, 10), 2)
  const consultation = {
    serviceId: await serviceId('psychologist-children'),
    specialistId: actorFor('specialist@onestop.example').actor.id,
    roomId: await roomId('Vaikų kambarys'),
    familyId,
  }
  const book = (day: string, time: string, end: string, child: string) =>
    createAppointment(caseManager, {
      ...consultation,
      participantIds: [member(child)],
      startsAt: vilniusInstant(day, time),
      endsAt: vilniusInstant(day, end),
    })
  const delivered = await book(lastWeeksTuesday, '10:00', '10:45', 'Jonas')
  await closeAppointment(caseManager, delivered.id, 'completed', undefined)
  await book(addWorkingDays(today, 1), '10:00', '10:45', 'Jonas')
  await book(addWorkingDays(today, 1), '11:00', '11:45', 'Ugnė')
  await book(addWorkingDays(today, 6), '10:00', '10:45', 'Jonas')

  const firstThursday = nextWeekday(addWorkingDays(today, 1), 4)
  const run = await createRun(coordinator, {
    serviceId: await serviceId('parenting-skills-group'),
    title: 'Pozityvios tėvystės grupė',
    roomId: await roomId('Grupių salė'),
    capacity: 8,
    facilitatorIds: [actorFor('ieva.kavaliauskiene@onestop.example').actor.id, coordinator.actor.id],
    sessions: {
      weekly: { firstStartsAt: vilniusInstant(firstThursday, '14:00'), durationMinutes: 120, count: 8 },
    },
  })
  for (const parent of ['Asta', 'Tomas']) await enrol(caseManager, run.id, { personId: member(parent) })
}
