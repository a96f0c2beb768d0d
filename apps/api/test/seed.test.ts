import { ROLES } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/demo-data.js'
import { families, users } from '../src/db/schema/index.js'
import { seedDemoData } from '../src/db/seed.js'
import { addWorkingDays, todayInVilnius } from '../src/lib/dates.js'
import { useTestApp } from './support/app.js'
import { queryRows } from './support/sql.js'

const t = useTestApp()

describe('demo data', () => {
  it('seeds three service organisations with sites, rooms and a login for every role, and two municipalities in live partnerships', async () => {
    expect(await seedDemoData(t.db, t.config)).toBe(5)
    const live = await queryRows(
      t.db,
      sql`select o.name from partnerships p join organisations o on o.id = p.partner_organisation_id
        where o.kind = 'municipality' and app_partnership_live(p) order by o.name`,
    )
    expect(live).toEqual([{ name: 'Kretingos rajono savivaldybė' }, { name: 'Vilniaus miesto savivaldybė' }])
    const rows = await t.db.select({ roles: users.roles, professions: users.professions }).from(users)
    for (const role of ROLES)
      expect(
        rows.some((u) => u.roles.includes(role)),
        role,
      ).toBe(true)
    const professions = new Set(rows.flatMap((u) => u.professions))
    expect(professions.size).toBe(9)
    const rooms = await queryRows(t.db, sql`select count(*)::int as n from rooms`)
    expect(rooms[0]).toEqual({ n: 15 })
    const families = await queryRows(
      t.db,
      sql`select status, count(*)::int as n from families group by status order by status`,
    )
    expect(families).toEqual([
      { status: 'active', n: 3 },
      { status: 'intake', n: 1 },
    ])
  })

  it('fills the Vilnius calendar: consultations, one delivered, and a weekly parenting group', async () => {
    await seedDemoData(t.db, t.config)
    const [calendar] = await queryRows(
      t.db,
      sql`select
        (select count(*)::int from appointments where status = 'scheduled') as scheduled,
        (select count(*)::int from delivered_services) as delivered,
        (select count(*)::int from group_sessions) as sessions,
        (select count(*)::int from enrolments where status = 'enrolled') as enrolled,
        (select count(*)::int from reservations where active) as reserved`,
    )
    // 4 consultations (a delivered one keeps its time) × (psychologist + room) + 8 sessions × (2 facilitators + room)
    expect(calendar).toEqual({ scheduled: 3, delivered: 1, sessions: 8, enrolled: 2, reserved: 32 })
  })

  it("refers the first Vilnius family's mother and children, not the father, on to Kretinga's centre", async () => {
    await seedDemoData(t.db, t.config)
    const referred = await queryRows<{ receiver: string; status: string; persons: string[] }>(
      t.db,
      sql`select o.name as receiver, r.status,
          array(select p.given_name from referral_persons p where p.referral_id = r.id order by p.position) as persons
        from referrals r join organisations o on o.id = r.to_organisation_id
        where r.source_family_id is not null`,
    )
    expect(referred).toEqual([
      {
        receiver: 'Kretingos socialinių paslaugų centras',
        status: 'received',
        persons: ['Asta', 'Jonas', 'Ugnė'],
      },
    ])
  })

  it("puts each demo family on its case manager's caseload and nobody else's", async () => {
    const caseManager = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'case.manager@onestop.example', password: DEMO_PASSWORD })
    const mine = await t
      .http()
      .get('/api/v1/families')
      .set('authorization', `Bearer ${caseManager.body.accessToken}`)
    expect(mine.body.items.map((f: { memberNames: string[] }) => f.memberNames[0]).sort()).toEqual([
      'Darius Vaitkevičius',
      'Tomas Petrauskas',
    ])
    const other = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'atvejo.vadybininke@kretinga-spc.example', password: DEMO_PASSWORD })
    const theirs = await t
      .http()
      .get('/api/v1/families')
      .set('authorization', `Bearer ${other.body.accessToken}`)
    expect(theirs.body.items).toHaveLength(1)
  })

  it('refers every demo family within its first-assessment deadline: none due before its opening, none overdue', async () => {
    await seedDemoData(t.db, t.config)
    const rows = await queryRows<{ due: string; referredAt: string; openedOn: string; urgent: boolean }>(
      t.db,
      sql`select first_assessment_due::text as due, referred_at::text as "referredAt",
        (opened_at at time zone 'Europe/Vilnius')::date::text as "openedOn", violence_or_danger_reported as urgent
        from families where first_assessment_due is not null`,
    )
    expect(rows).toHaveLength(3)
    const { firstAssessmentWorkingDays, firstAssessmentWorkingDaysUrgent } = t.config.caseManagement
    for (const row of rows) {
      // The deadline counted from the referral itself, not moved to the opening day: the referral is recent.
      const deadline = addWorkingDays(
        row.referredAt,
        row.urgent ? firstAssessmentWorkingDaysUrgent : firstAssessmentWorkingDays,
      )
      expect(row.due, JSON.stringify(row)).toBe(deadline)
      expect(row.due > row.openedOn, JSON.stringify(row)).toBe(true)
    }
    const overdue = await t.db
      .select()
      .from(families)
      .where(sql`${families.firstAssessmentDue} < ${todayInVilnius()}`)
    expect(overdue).toEqual([])
  })

  it('gives the Vilnius accommodation officer a shelter of 75 places, partly occupied, and a waiting list', async () => {
    await seedDemoData(t.db, t.config)
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'accommodation@onestop.example', password: DEMO_PASSWORD })
    const auth = { authorization: `Bearer ${login.body.accessToken}` }
    const facilities = await t.http().get('/api/v1/accommodation/facilities').set(auth)
    expect(facilities.status).toBe(200)
    const items = facilities.body.items as { id: string; kind: string; rooms: { beds: unknown[] }[] }[]
    const places = Object.fromEntries(
      items.map((f) => [f.kind, f.rooms.reduce((sum, room) => sum + room.beds.length, 0)]),
    )
    expect(places).toEqual({
      crisis_night_shelter: 15,
      crisis_accommodation: 32,
      long_term_accommodation: 16,
      child_short_term_care: 12,
    })
    expect(items.find((f) => f.kind === 'crisis_accommodation')?.rooms).toHaveLength(12)

    const crisis = items.find((f) => f.kind === 'crisis_accommodation')?.id ?? ''
    const residents = await t.http().get(`/api/v1/accommodation/facilities/${crisis}/residents`).set(auth)
    expect(residents.body.items.map((r: { personName: string }) => r.personName).sort()).toEqual([
      'Emilija Kairytė',
      'Indrė Kairienė',
      'Kajus Kairys',
    ])
    const today = todayInVilnius()
    const occupancy = await t
      .http()
      .get('/api/v1/accommodation/occupancy')
      .query({ facilityId: crisis, from: today, to: addWorkingDays(today, 1) })
      .set(auth)
    expect(occupancy.body.days[0]).toMatchObject({ beds: 32, inService: 30, occupied: 3, free: 27 })

    const waiting = await t
      .http()
      .get('/api/v1/accommodation/waiting-list')
      .query({ status: 'open' })
      .set(auth)
    expect(waiting.body.items.map((r: { priority: string }) => r.priority)).toEqual(['urgent', 'normal'])
  })

  it('offers PUP, No Kids in the Middle, Group Teen Triple P and SAFE in every demo organisation, with their rules', async () => {
    await seedDemoData(t.db, t.config)
    const rows = await queryRows<{ n: number; names: string }>(
      t.db,
      sql`select count(*)::int as n, string_agg(name, ', ' order by name) as names
        from methodologies group by organisation_id`,
    )
    expect(rows).toEqual(
      Array.from({ length: 3 }, () => ({
        n: 4,
        names: 'Group Teen Triple P, No Kids in the Middle, PUP (Parents under Pressure), SAFE',
      })),
    )
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'specialist@onestop.example', password: DEMO_PASSWORD })
    const list = await t
      .http()
      .get('/api/v1/methodologies')
      .set('authorization', `Bearer ${login.body.accessToken}`)
    const nkim = list.body.items.find((m: { name: string }) => m.name === 'No Kids in the Middle')
    expect(nkim).toMatchObject({
      format: 'parallel_groups',
      sessionCount: 8,
      facilitatorsPerGroup: 2,
      completionShare: 0.75,
      enrolmentRules: {
        couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
        participantChildAge: { minYears: 4, maxYears: 18 },
      },
    })
    // A service delivers Group Teen Triple P, and the first psychologist by name is certified in it today.
    const teen = await queryRows<{ service: string; certified: string }>(
      t.db,
      sql`select s.name_en as service, string_agg(u.name, ', ' order by u.name) as certified
        from services s join methodologies m on m.id = s.methodology_id
        join certifications c on c.methodology_id = m.id and c.level = 'accredited'
          and current_date between c.certified_on and c.valid_until
        join users u on u.id = c.user_id
        where s.code = 'teen-triple-p-group' and m.name = 'Group Teen Triple P'
          and m.organisation_id = (select organisation_id from users where email = 'specialist@onestop.example')
        group by s.name_en`,
    )
    expect(teen).toEqual([{ service: 'Group Teen Triple P', certified: 'Ieva Kavaliauskienė' }])
  })

  it('lets the demo admin sign in with the documented password', async () => {
    const response = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'admin@onestop.example', password: DEMO_PASSWORD })
    expect(response.status).toBe(200)
    expect(response.body.user.roles).toEqual(['admin'])
  })

  it('adds nothing when run again', async () => {
    const before = await queryRows(t.db, sql`select count(*)::int as n from users`)
    expect(await seedDemoData(t.db, t.config)).toBe(0)
    expect(await queryRows(t.db, sql`select count(*)::int as n from users`)).toEqual(before)
  })
})
