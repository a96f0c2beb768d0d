import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  currentVersion,
  daysAhead,
  FAMILIES,
  familyPath,
  ifMatch,
  intakeBody,
  intakeFamily,
  memberBody,
  membersOf,
  type SignedIn,
} from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

/** Free text of the families area is trimmed before it is checked: blank text is refused, never stored as "". */
const t = useTestApp()

const BLANK = ' \t \n '

interface BlankCase {
  name: string
  method: 'post' | 'patch'
  path: () => string
  body: () => Record<string, unknown>
  pointer: string
  /** The version the request must send in If-Match. */
  version?: () => Promise<number>
}

let manager: SignedIn
/** Reviews emergency accesses. */
let reviewer: SignedIn
let familyId: string
let memberId: string
let personId: string
let goalId: string
let grantId: string

const CASES: BlankCase[] = [
  {
    name: 'a member name at intake',
    method: 'post',
    path: () => FAMILIES,
    body: () => intakeBody({ members: [memberBody({ familyName: BLANK })] }),
    pointer: '/members/0/familyName',
  },
  {
    name: 'a member name',
    method: 'patch',
    path: () => `${familyPath(familyId)}/members/${memberId}`,
    body: () => ({ givenName: BLANK }),
    pointer: '/givenName',
  },
  {
    name: 'the municipality',
    method: 'patch',
    path: () => familyPath(familyId),
    body: () => ({ municipality: BLANK }),
    pointer: '/municipality',
    version: () => currentVersion(t.db, familyId),
  },
  {
    name: 'the reason of a status change',
    method: 'post',
    path: () => `${familyPath(familyId)}/status`,
    body: () => ({ status: 'active', reason: BLANK }),
    pointer: '/reason',
    version: () => currentVersion(t.db, familyId),
  },
  {
    name: 'a closing reason',
    method: 'post',
    path: () => `${familyPath(familyId)}/status`,
    body: () => ({ status: 'closed', closingReason: BLANK, outcomeSummary: 'Tikslai pasiekti.' }),
    pointer: '/closingReason',
    version: () => currentVersion(t.db, familyId),
  },
  {
    name: 'a conference agenda',
    method: 'post',
    path: () => `${familyPath(familyId)}/conferences`,
    body: () => ({
      heldAt: '2026-01-15T10:00:00+02:00',
      agenda: BLANK,
      participants: [{ kind: 'family_member', personId }],
    }),
    pointer: '/agenda',
  },
  {
    name: "an external participant's name",
    method: 'post',
    path: () => `${familyPath(familyId)}/conferences`,
    body: () => ({
      heldAt: '2026-01-15T10:00:00+02:00',
      agenda: 'Saugumo planas.',
      participants: [{ kind: 'external', name: BLANK }],
    }),
    pointer: '/participants/0/name',
  },
  {
    name: 'a consent note',
    method: 'post',
    path: () => `${familyPath(familyId)}/members/${memberId}/consents`,
    body: () => ({ purpose: 'research', given: false, note: BLANK }),
    pointer: '/note',
  },
  {
    name: 'a case note',
    method: 'post',
    path: () => `${familyPath(familyId)}/notes`,
    body: () => ({ text: BLANK, visibility: 'team' }),
    pointer: '/text',
  },
  {
    name: 'a goal description',
    method: 'patch',
    path: () => `${familyPath(familyId)}/plan/goals/${goalId}`,
    body: () => ({ description: BLANK }),
    pointer: '/description',
    version: async () => 1,
  },
  {
    name: 'the strengths of an assessment',
    method: 'post',
    path: () => `${familyPath(familyId)}/assessments`,
    body: () => ({
      assessedOn: '2026-01-15',
      strengths: BLANK,
      items: [{ area: 'safety', item: 'Vaiko saugumas', rating: 'mild' }],
    }),
    pointer: '/strengths',
  },
  {
    name: 'the review note of an emergency access',
    method: 'post',
    path: () => `/api/v1/break-glass/${grantId}/review`,
    body: () => ({ note: BLANK }),
    pointer: '/note',
  },
]

/** Every text column the families area writes, to prove a refused request stored nothing. */
const storedText = () =>
  queryRows(
    t.db,
    sql`select
      (select count(*)::int from persons) as persons,
      (select count(*)::int from family_status_changes) as status_changes,
      (select count(*)::int from case_conferences) as conferences,
      (select count(*)::int from consents) as consents,
      (select count(*)::int from case_notes) as notes,
      (select count(*)::int from needs_assessments) as assessments,
      (select string_agg(municipality, '|' order by id) from families) as municipalities,
      (select string_agg(given_name, '|' order by id) from persons) as names,
      (select string_agg(description, '|' order by id) from case_plan_goals) as goals,
      (select string_agg(coalesce(review_note, '-'), '|' order by id) from break_glass_grants) as reviews`,
  )

describe('blank free text in the families area', () => {
  beforeAll(async () => {
    const coordinator = await signedInUser(t, { roles: ['coordinator'] })
    const org = coordinator.user.organisationId
    manager = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
    const outsider = await signedInUser(t, { organisationId: org, roles: ['specialist'] })
    const family = await intakeFamily(t, manager.auth)
    familyId = family.id
    const [member] = await membersOf(t, manager.auth, familyId)
    memberId = member?.id ?? ''
    personId = member?.personId ?? ''
    const goal = await t
      .http()
      .post(`${familyPath(familyId)}/plan/goals`)
      .set(manager.auth)
      .send({
        area: 'parenting',
        description: 'Tėvai susitaria.',
        responsibleId: manager.user.id,
        targetDate: daysAhead(90),
      })
    expect(goal.status, JSON.stringify(goal.body)).toBe(201)
    goalId = goal.body.id
    const grant = await t
      .http()
      .post(`${familyPath(familyId)}/break-glass`)
      .set(outsider.auth)
      .send({ reason: 'Naktinis krizinis atvejis.' })
    expect(grant.status).toBe(201)
    grantId = grant.body.id
    reviewer = coordinator
  })

  it.each(CASES.map((c) => [c.name, c] as const))(
    'refuses %s that is only spaces (400), storing nothing',
    async (_, c) => {
      const who = c.path().startsWith('/api/v1/break-glass') ? reviewer : manager
      const before = await storedText()
      let request = t.http()[c.method](c.path()).set(who.auth)
      if (c.version) request = request.set(ifMatch(await c.version()))
      const problem = expectProblem(await request.send(c.body()), 400, '/problems/validation')
      // A field inside a union is also reported against the union's other branches.
      expect(problem.errors).toContainEqual({
        pointer: c.pointer,
        code: 'blank-text',
        message: 'must have at least 1 character of text',
      })
      expect(await storedText()).toEqual(before)
    },
  )
})
