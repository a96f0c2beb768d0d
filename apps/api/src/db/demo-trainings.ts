import { and, asc, eq } from 'drizzle-orm'
import type { Database } from './client.js'
import { methodologies, trainingParticipants, trainingSessions, trainings, users } from './schema/index.js'

/**
 * A Group Teen Triple P accreditation in May 2027 (two days, 9:00–16:00 Vilnius summer time) by an
 * outside trainer, without a room so it reserves nothing the demo calendar might want: two of the
 * organisation's specialists and a municipality's specialist take part (seed 001 trains municipalities'
 * specialists together).
 */
export async function seedDemoTrainings(db: Database, organisationId: string) {
  const [methodology] = await db
    .select({ id: methodologies.id })
    .from(methodologies)
    .where(
      and(eq(methodologies.organisationId, organisationId), eq(methodologies.name, 'Group Teen Triple P')),
    )
  const staff = await db
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .orderBy(asc(users.email))
  const organiser = staff.find((u) => u.roles.includes('coordinator')) ?? staff[0]
  const specialists = staff.filter((u) => u.roles.includes('specialist')).slice(0, 2)
  if (!methodology || !organiser) return
  const [training] = await db
    .insert(trainings)
    .values({
      organisationId,
      methodologyId: methodology.id,
      kind: 'accreditation',
      title: 'Group Teen Triple P akreditacija',
      capacity: 14,
      enrolledCount: specialists.length + 1,
      outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
      startsOn: '2027-05-10',
      endsOn: '2027-05-11',
      createdById: organiser.id,
    })
    .returning({ id: trainings.id })
  if (!training) throw new Error('training insert returned nothing')
  await db.insert(trainingSessions).values(
    ['2027-05-10', '2027-05-11'].map((day) => ({
      trainingId: training.id,
      startsAt: new Date(`${day}T09:00:00+03:00`),
      endsAt: new Date(`${day}T16:00:00+03:00`),
    })),
  )
  await db.insert(trainingParticipants).values([
    ...specialists.map((u) => ({ trainingId: training.id, userId: u.id, createdById: organiser.id })),
    {
      trainingId: training.id,
      name: 'Ona Jonaitienė',
      organisation: 'Molėtų rajono savivaldybė',
      email: 'ona.jonaitiene@moletai.example',
      createdById: organiser.id,
    },
  ])
}
