import { describe, expect, it } from 'vitest'
import { caseNotes, caseNoteVersions } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { daysAgo, daysAhead, familyPath, ifMatch, intakeFamily } from '../support/family-factories.js'

const t = useTestApp()

interface Event {
  kind: string
  actor: string | null
  details: Record<string, string | null>
}

describe('GET /api/v1/families/:familyId/timeline', () => {
  it('tells everything that happened, newest first, without the notes the caller may not read', async () => {
    const org = await createOrganisation(t.db)
    const caseManager = await signedInUser(t, { roles: ['case_manager'], organisationId: org.id })
    const specialist = await signedInUser(t, { roles: ['specialist'], organisationId: org.id })
    const family = await intakeFamily(t, caseManager.auth)
    await t
      .http()
      .post(`${familyPath(family.id)}/team`)
      .set(caseManager.auth)
      .send({ userId: specialist.user.id })
    await t
      .http()
      .post(`${familyPath(family.id)}/status`)
      .set(caseManager.auth)
      .set(ifMatch(1))
      .send({ status: 'active' })
    await t
      .http()
      .post(`${familyPath(family.id)}/assessments`)
      .set(specialist.auth)
      .send({
        assessedOn: daysAgo(0),
        strengths: 'Stiprybės',
        items: [{ area: 'safety', item: 'Saugumas', rating: 'none' }],
      })
    const goal = await t
      .http()
      .post(`${familyPath(family.id)}/plan/goals`)
      .set(caseManager.auth)
      .send({
        area: 'parenting',
        description: 'Tikslas',
        responsibleId: caseManager.user.id,
        targetDate: daysAhead(30),
      })
    await t
      .http()
      .post(`${familyPath(family.id)}/plan/reviews`)
      .set(caseManager.auth)
      .send({
        reviewedOn: daysAgo(0),
        nextReviewOn: daysAhead(90),
        goals: [{ goalId: goal.body.id, progress: 'Gerai', status: 'open' }],
      })
    for (const visibility of ['team', 'case_manager'] as const) {
      const [note] = await t.db
        .insert(caseNotes)
        .values({ familyId: family.id, authorId: caseManager.user.id, visibility })
        .returning()
      if (!note) throw new Error('no note')
      await t.db
        .insert(caseNoteVersions)
        .values({ noteId: note.id, version: 1, text: 'slapta', editedById: caseManager.user.id })
    }

    const mine = await t
      .http()
      .get(`${familyPath(family.id)}/timeline?limit=100`)
      .set(caseManager.auth)
    expect(mine.status).toBe(200)
    const kinds = (mine.body.items as Event[]).map((e) => e.kind)
    for (const kind of ['status', 'member_joined', 'team_joined', 'assessment', 'goal', 'review', 'note'])
      expect(kinds).toContain(kind)
    expect(kinds.filter((k) => k === 'note')).toHaveLength(2)
    const ats = (mine.body.items as { at: string }[]).map((e) => e.at)
    expect([...ats].sort().reverse()).toEqual(ats)
    const activation = (mine.body.items as Event[]).find(
      (e) => e.kind === 'status' && e.details.to === 'active',
    )
    expect(activation?.actor).toBe(caseManager.user.name)
    expect(JSON.stringify(mine.body)).not.toContain('slapta')

    const theirs = await t
      .http()
      .get(`${familyPath(family.id)}/timeline?limit=100`)
      .set(specialist.auth)
    expect((theirs.body.items as Event[]).filter((e) => e.kind === 'note')).toHaveLength(1)

    const page1 = await t
      .http()
      .get(`${familyPath(family.id)}/timeline?limit=3`)
      .set(caseManager.auth)
    const page2 = await t
      .http()
      .get(`${familyPath(family.id)}/timeline?limit=3&cursor=${page1.body.nextCursor}`)
      .set(caseManager.auth)
    expect(page1.body.items).toEqual(mine.body.items.slice(0, 3))
    expect(page2.body.items).toEqual(mine.body.items.slice(3, 6))
  })

  it('answers 404 to staff off the team', async () => {
    const org = await createOrganisation(t.db)
    const caseManager = await signedInUser(t, { roles: ['case_manager'], organisationId: org.id })
    const outsider = await signedInUser(t, { roles: ['case_manager'], organisationId: org.id })
    const family = await intakeFamily(t, caseManager.auth)
    expect(
      (
        await t
          .http()
          .get(`${familyPath(family.id)}/timeline`)
          .set(outsider.auth)
      ).status,
    ).toBe(404)
  })
})
