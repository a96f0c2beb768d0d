import { makePersonalCode } from '@onestop/contracts'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  daysAhead,
  FAMILIES,
  familyPath,
  familyTableCounts,
  intakeBody,
  intakeFamily,
  memberBody,
  membersOf,
} from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

const validCode = makePersonalCode('1988-04-12', true)
const lastDigit = Number(validCode.slice(-1))
const badCheckDigit = `${validCode.slice(0, 10)}${(lastDigit + 1) % 10}`

interface BadCase {
  name: string
  body: Record<string, unknown>
  pointers: string[]
}

const BAD_INTAKES: BadCase[] = [
  {
    name: 'a personal code with a wrong check digit',
    body: { members: [memberBody({ personalCode: badCheckDigit })] },
    pointers: ['/members/0/personalCode'],
  },
  {
    name: 'a personal code holding an impossible date (30 February)',
    body: { members: [memberBody({ birthDate: '1988-02-28', personalCode: '38802301234' })] },
    pointers: ['/members/0/personalCode'],
  },
  {
    name: 'a personal code that disagrees with the birth date',
    body: { members: [memberBody({ birthDate: '1988-04-13', personalCode: validCode })] },
    pointers: ['/members/0/personalCode'],
  },
  {
    name: 'a bad personal code on the second member only (the first is not kept either)',
    body: {
      members: [
        memberBody({ personalCode: validCode }),
        memberBody({ birthDate: '2016-09-03', personalCode: badCheckDigit }),
      ],
    },
    pointers: ['/members/1/personalCode'],
  },
  {
    name: 'a personal code of ten digits',
    body: { members: [memberBody({ personalCode: validCode.slice(0, 10) })] },
    pointers: ['/members/0/personalCode'],
  },
  {
    name: 'a birth date in the future',
    body: { members: [memberBody({ birthDate: daysAhead(3) })] },
    pointers: ['/members/0/birthDate'],
  },
  {
    name: 'an impossible birth date',
    body: { members: [memberBody({ birthDate: '2020-02-30' })] },
    pointers: ['/members/0/birthDate'],
  },
  { name: 'a referral date in the future', body: { referredAt: daysAhead(2) }, pointers: ['/referredAt'] },
  {
    name: 'an unknown risk factor',
    body: { riskFactors: ['high_conflict_separation', 'witchcraft'] },
    pointers: ['/riskFactors/1'],
  },
  {
    name: 'a repeated risk factor',
    body: { riskFactors: ['mental_health', 'mental_health'] },
    pointers: ['/riskFactors'],
  },
  { name: 'an extra property', body: { isAdmin: true }, pointers: ['/isAdmin'] },
  {
    name: 'an extra property on a member',
    body: { members: [{ ...memberBody(), nationality: 'LT' }] },
    pointers: ['/members/0/nationality'],
  },
  { name: 'a 100 kB municipality', body: { municipality: 'x'.repeat(100_000) }, pointers: ['/municipality'] },
  { name: 'an empty municipality', body: { municipality: '' }, pointers: ['/municipality'] },
  { name: 'a municipality that is a number', body: { municipality: 42 }, pointers: ['/municipality'] },
  {
    name: 'an unknown referral source',
    body: { referralSource: 'neighbour' },
    pointers: ['/referralSource'],
  },
  { name: 'a caseManagerId that is not a UUID', body: { caseManagerId: 'me' }, pointers: ['/caseManagerId'] },
]

describe('POST /api/v1/families with bad input', () => {
  it.each(BAD_INTAKES.map((c) => [c.name, c] as const))(
    'refuses %s with 400 and changes nothing',
    async (_name, bad) => {
      const staff = await signedInUser(t, { roles: ['case_manager'] })
      const before = await familyTableCounts(t.db)
      const response = await t.http().post(FAMILIES).set(staff.auth).send(intakeBody(bad.body))
      expectValidationProblem(response, bad.pointers)
      expect(await familyTableCounts(t.db)).toEqual(before)
    },
  )

  it('refuses a body without the required fields, naming each', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const before = await familyTableCounts(t.db)
    const response = await t.http().post(FAMILIES).set(staff.auth).send({})
    expectValidationProblem(response, ['/municipality', '/referralSource', '/riskFactors'])
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it('refuses malformed JSON with 400 problem+json and changes nothing', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const before = await familyTableCounts(t.db)
    const response = await t
      .http()
      .post(FAMILIES)
      .set(staff.auth)
      .set('content-type', 'application/json')
      .send('{"municipality": "Vilnius", "referralSource": ')
    expectProblem(response, 400, '/problems/malformed-json')
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it('refuses a text/plain body with 415 and changes nothing', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const before = await familyTableCounts(t.db)
    const response = await t
      .http()
      .post(FAMILIES)
      .set(staff.auth)
      .set('content-type', 'text/plain')
      .send(JSON.stringify(intakeBody()))
    expectProblem(response, 415, '/problems/unsupported-media-type')
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it('accepts a valid personal code built for the birth date', async () => {
    const staff = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, staff.auth, {
      members: [
        memberBody({ personalCode: validCode }),
        memberBody({
          birthDate: '2016-09-03',
          gender: 'man',
          personalCode: makePersonalCode('2016-09-03', false),
        }),
      ],
    })
    expect(family.memberNames).toHaveLength(2)
  })
})

describe('POST /api/v1/families/:id/members and PATCH with bad input', () => {
  it.each([
    ['a wrong check digit', { personalCode: badCheckDigit }, '/personalCode'],
    ['an impossible date', { birthDate: '1988-02-28', personalCode: '38802301234' }, '/personalCode'],
    [
      'a code that disagrees with the birth date',
      { birthDate: '1988-04-11', personalCode: validCode },
      '/personalCode',
    ],
    ['a birth date in the future', { birthDate: daysAhead(1) }, '/birthDate'],
    ['an extra property', { favouriteColour: 'red' }, '/favouriteColour'],
    ['a 100 kB given name', { givenName: 'x'.repeat(100_000) }, '/givenName'],
  ])('adding a member with %s is a 400 that changes nothing', async (_name, overrides, pointer) => {
    const staff = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, staff.auth)
    const before = await familyTableCounts(t.db)
    const response = await t
      .http()
      .post(`${familyPath(family.id)}/members`)
      .set(staff.auth)
      .send({ ...memberBody(), ...overrides })
    expectValidationProblem(response, [pointer])
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it('editing a member to a birth date that no longer agrees with the stored code is a 400', async () => {
    const staff = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, staff.auth, { members: [memberBody({ personalCode: validCode })] })
    const [member] = await membersOf(t, staff.auth, family.id)
    const response = await t
      .http()
      .patch(`${familyPath(family.id)}/members/${member?.id}`)
      .set(staff.auth)
      .send({ birthDate: '1988-04-13' })
    expectValidationProblem(response, ['/birthDate'])
    const [after] = await membersOf(t, staff.auth, family.id)
    expect(after).toMatchObject({ birthDate: '1988-04-12', personalCode: validCode })
  })

  it('refuses a family id that is not a UUID with 400', async () => {
    const staff = await signedInUser(t, { roles: ['admin'] })
    expectValidationProblem(await t.http().get(familyPath('not-a-uuid')).set(staff.auth), [
      '/params/familyId',
    ])
  })
})
