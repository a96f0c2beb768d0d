import { randomUUID } from 'node:crypto'
import type { Training, TrainingParticipant } from '@onestop/contracts'
import { expect } from 'vitest'
import { rooms } from '../../src/db/schema/index.js'
import type { TestApp } from './app.js'
import { createSite } from './booking-factories.js'
import { methodologyCentre } from './methodology-factories.js'

export const TRAININGS = '/api/v1/trainings'
export const trainingPath = (id: string) => `${TRAININGS}/${id}`

type Auth = { authorization: string }

/** A Vilnius wall-clock time in March 2031, or of `year` (UTC+2, before daylight saving on the 25th). */
export const march = (day: number, hour: number, year = 2031) =>
  `${year}-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+02:00`

/** A methodology centre with a site and a training room for 30. */
export async function trainingCentre(t: TestApp, overrides: Record<string, unknown> = {}) {
  const c = await methodologyCentre(t, overrides)
  const site = await createSite(t.db, c.organisationId)
  const [room] = await t.db
    .insert(rooms)
    .values({ siteId: site.id, name: `Salė ${randomUUID().slice(0, 6)}`, kind: 'group', capacity: 30 })
    .returning()
  if (!room) throw new Error('no room')
  return { ...c, siteId: site.id, room }
}
export type TrainingCentre = Awaited<ReturnType<typeof trainingCentre>>

/** An accreditation on 4 and 5 March 2031, 9:00–16:00 (7 hours each), trained by the specialist. */
export const trainingBody = (c: TrainingCentre, overrides: Record<string, unknown> = {}) => ({
  methodologyId: c.methodology.id,
  kind: 'accreditation',
  title: 'Akreditacijos mokymai',
  roomId: c.room.id,
  capacity: 10,
  trainerIds: [c.specialist.user.id],
  outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
  sessions: [
    { startsAt: march(4, 9), endsAt: march(4, 16) },
    { startsAt: march(5, 9), endsAt: march(5, 16) },
  ],
  ...overrides,
})

/** The same training held on 4 and 5 March 2025: past, so it takes attendance and completion. */
export const heldTrainingBody = (c: TrainingCentre, overrides: Record<string, unknown> = {}) =>
  trainingBody(c, {
    sessions: [
      { startsAt: march(4, 9, 2025), endsAt: march(4, 16, 2025) },
      { startsAt: march(5, 9, 2025), endsAt: march(5, 16, 2025) },
    ],
    ...overrides,
  })

export async function planTraining(t: TestApp, auth: Auth, body: Record<string, unknown>) {
  const response = await t.http().post(TRAININGS).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Training
}

export async function enrol(t: TestApp, auth: Auth, trainingId: string, body: Record<string, unknown>) {
  const response = await t
    .http()
    .post(`${trainingPath(trainingId)}/participants`)
    .set(auth)
    .send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as TrainingParticipant
}
