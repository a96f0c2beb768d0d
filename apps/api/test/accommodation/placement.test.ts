import { describe, expect, it } from 'vitest'
import {
  ACCOMMODATION,
  accommodationCentre,
  accommodationState,
  bedIdsOf,
  createFacility,
  day,
  motherAndTwoChildren,
  NO_CHECKS,
  PLACEMENTS,
  place,
  placementBody,
  singleAdult,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe('POST /api/v1/accommodation/placements', () => {
  it('places a mother and two children together, each in a bed, for half-open nights', async () => {
    const c = await accommodationCentre(t)
    const family = await motherAndTwoChildren(t, c.coordinator.auth)
    const placement = await place(
      t,
      c.officer.auth,
      placementBody(
        family.id,
        family.personIds.map((personId, i) => ({ personId, bedId: c.bedIds[i] ?? '' })),
      ),
    )
    expect(placement.stays).toHaveLength(3)
    for (const stay of placement.stays)
      expect(stay).toMatchObject({
        visibility: 'full',
        status: 'planned',
        since: day(1),
        checkOut: day(5),
        facilityId: c.facility.id,
        placementId: placement.id,
      })
  })

  it('accepts a check-in on the day another guest checks out of the same bed', async () => {
    const c = await accommodationCentre(t)
    const first = await singleAdult(t, c.coordinator.auth)
    const second = await singleAdult(t, c.coordinator.auth)
    const bedId = c.bedIds[0] ?? ''
    await place(
      t,
      c.officer.auth,
      placementBody(first.id, [{ personId: first.personIds[0] ?? '', bedId }], day(1), day(4)),
    )
    await place(
      t,
      c.officer.auth,
      placementBody(second.id, [{ personId: second.personIds[0] ?? '', bedId }], day(4), day(8)),
    )
  })

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const c = await accommodationCentre(t, { maxStayNights: 10 })
    const children = await createFacility(t, c.officer.auth, c.siteId, {
      kind: 'child_short_term_care',
      bedCount: 2,
    })
    const other = await accommodationCentre(t)
    const family = await motherAndTwoChildren(t, c.coordinator.auth)
    const staying = await singleAdult(t, c.coordinator.auth)
    const [mother = '', son = ''] = family.personIds
    const [bed1 = '', bed2 = '', bed3 = ''] = c.bedIds
    await place(
      t,
      c.officer.auth,
      placementBody(staying.id, [{ personId: staying.personIds[0] ?? '', bedId: bed3 }], day(1), day(9)),
    )
    const oos = await t
      .http()
      .post(`${ACCOMMODATION}/beds/${bed2}/out-of-service`)
      .set(c.officer.auth)
      .send({ from: day(3), until: day(4), reason: 'Remontas' })
    expect(oos.status).toBe(201)
    const elsewhere = await place(
      t,
      c.officer.auth,
      placementBody(family.id, [{ personId: son, bedId: bedIdsOf(children)[0] ?? '' }], day(20), day(22)),
    )
    expect(elsewhere.stays).toHaveLength(1)
    const before = await accommodationState(t.db)

    const cases: [string, object, number, string][] = [
      [
        'check-out before check-in',
        placementBody(family.id, [{ personId: mother, bedId: bed1 }], day(5), day(3)),
        400,
        'validation',
      ],
      [
        'check-out on check-in',
        placementBody(family.id, [{ personId: mother, bedId: bed1 }], day(5), day(5)),
        400,
        'validation',
      ],
      [
        'over the maximum length',
        placementBody(family.id, [{ personId: mother, bedId: bed1 }], day(1), day(12)),
        422,
        'stay-too-long',
      ],
      [
        'an adult in children’s care',
        placementBody(family.id, [{ personId: mother, bedId: bedIdsOf(children)[1] ?? '' }], day(1), day(3)),
        422,
        'adult-in-child-care',
      ],
      [
        'a bed out of service',
        placementBody(family.id, [{ personId: mother, bedId: bed2 }], day(1), day(5)),
        409,
        'bed-out-of-service',
      ],
      [
        'a bed taken',
        placementBody(family.id, [{ personId: mother, bedId: bed3 }], day(2), day(3)),
        409,
        'bed-taken',
      ],
      [
        'a person staying elsewhere',
        placementBody(
          family.id,
          [
            { personId: mother, bedId: bed1 },
            { personId: son, bedId: bed2 },
          ],
          day(21),
          day(23),
        ),
        409,
        'person-already-staying',
      ],
      [
        'another organisation’s bed',
        placementBody(family.id, [{ personId: mother, bedId: other.bedIds[0] ?? '' }]),
        404,
        'not-found',
      ],
      [
        'an unknown family',
        placementBody('00000000-0000-4000-8000-000000000000', [{ personId: mother, bedId: bed1 }]),
        404,
        'not-found',
      ],
      [
        'a person of another family',
        placementBody(family.id, [{ personId: staying.personIds[0] ?? '', bedId: bed1 }]),
        400,
        'validation',
      ],
      [
        'one bed twice',
        placementBody(family.id, [
          { personId: mother, bedId: bed1 },
          { personId: son, bedId: bed1 },
        ]),
        400,
        'validation',
      ],
      ['no members', { ...placementBody(family.id, []), members: [] }, 400, 'validation'],
      [
        'a missing admission check',
        {
          familyId: family.id,
          checkIn: day(1),
          checkOut: day(2),
          members: [{ personId: mother, bedId: bed1 }],
        },
        400,
        'validation',
      ],
      [
        'a date that is no date',
        placementBody(family.id, [{ personId: mother, bedId: bed1 }], '2027-02-30x', day(2)),
        400,
        'validation',
      ],
    ]
    for (const [label, body, status, type] of cases) {
      const response = await t.http().post(PLACEMENTS).set(c.officer.auth).send(body)
      expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBe(status)
      expectProblem(response, status, `/problems/${type}`)
      expect(await accommodationState(t.db), label).toEqual(before)
    }
    const malformed = await t
      .http()
      .post(PLACEMENTS)
      .set(c.officer.auth)
      .set('content-type', 'application/json')
      .send('{"familyId": ')
    expectProblem(malformed, 400, '/problems/malformed-json')
    expect(await accommodationState(t.db)).toEqual(before)
  })

  it('refuses an admission a check fails, naming the reason, and keeps the refusal', async () => {
    const c = await accommodationCentre(t)
    const family = await motherAndTwoChildren(t, c.coordinator.auth)
    const [mother = '', son = ''] = family.personIds
    const body = {
      ...placementBody(family.id, []),
      members: [
        { personId: mother, bedId: c.bedIds[0], admission: { ...NO_CHECKS, intoxicated: true } },
        { personId: son, bedId: c.bedIds[1], admission: { ...NO_CHECKS, intoxicated: true } },
      ],
    }
    const refused = await t.http().post(PLACEMENTS).set(c.officer.auth).send(body)
    expectProblem(refused, 422, '/problems/admission-intoxicated')
    const psychiatric = await t
      .http()
      .post(PLACEMENTS)
      .set(c.officer.auth)
      .send({
        ...body,
        members: [
          { personId: son, bedId: c.bedIds[1], admission: { ...NO_CHECKS, inpatientPsychiatricCare: true } },
        ],
      })
    expectProblem(psychiatric, 422, '/problems/admission-psychiatric-care')
    const stays = await t
      .http()
      .get(`${ACCOMMODATION}/stays`)
      .query({ familyId: family.id })
      .set(c.officer.auth)
    expect(stays.body.items).toEqual([])
    const refusals = await t
      .http()
      .get(`${ACCOMMODATION}/admission-refusals`)
      .query({ familyId: family.id })
      .set(c.officer.auth)
    expect(refusals.status).toBe(200)
    // An intoxicated child is not refused for it: the check is about adults.
    expect(
      refusals.body.items.map((r: { personId: string; reasons: string[] }) => [r.personId, r.reasons]),
    ).toEqual([
      [son, ['inpatient_psychiatric_care']],
      [mother, ['intoxicated_adult']],
    ])
    expect(refusals.body.items[0].refusedBy.id).toBe(c.officer.user.id)
  })

  it('lets only accommodation officers and coordinators place (intake and specialists get 403)', async () => {
    const c = await accommodationCentre(t)
    const family = await singleAdult(t, c.coordinator.auth)
    const body = placementBody(family.id, [{ personId: family.personIds[0] ?? '', bedId: c.bedIds[0] ?? '' }])
    for (const role of ['intake', 'specialist', 'case_manager', 'admin'] as const) {
      const user = await signedInUser(t, { organisationId: c.organisationId, roles: [role] })
      expectProblem(await t.http().post(PLACEMENTS).set(user.auth).send(body), 403, '/problems/forbidden')
    }
    await place(t, c.coordinator.auth, body)
  })
})
