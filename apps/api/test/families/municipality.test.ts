import { readdirSync, readFileSync } from 'node:fs'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import { FAMILIES, familyPath, ifMatch, intakeBody, intakeFamily } from '../support/family-factories.js'
import { expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

const municipalityOf = async (id: string) =>
  (await t.db.select({ m: families.municipality }).from(families).where(eq(families.id, id)))[0]?.m

describe("a family's municipality", () => {
  it('takes one of the 60 municipalities by its official name, trimmed', async () => {
    const intake = await signedInUser(t, { roles: ['intake'] })
    const family = await intakeFamily(t, intake.auth, { municipality: '  Kazlų Rūdos savivaldybė ' })
    expect(family.municipality).toBe('Kazlų Rūdos savivaldybė')
  })

  it('refuses a short form or a typo unless it is marked as other', async () => {
    const intake = await signedInUser(t, { roles: ['intake'] })
    for (const municipality of ['Vilniaus m.', 'Vilniaus savivaldybė', 'Riga'])
      expectValidationProblem(
        await t.http().post(FAMILIES).set(intake.auth).send(intakeBody({ municipality })),
        ['/municipality'],
      )
    const abroad = await intakeFamily(t, intake.auth, {
      municipality: 'Ryga, Latvija',
      municipalityOther: true,
    })
    expect(abroad.municipality).toBe('Ryga, Latvija')
  })

  it('checks a change the same way, and refuses municipalityOther alone or of the wrong type', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const patch = (body: Record<string, unknown>) =>
      t.http().patch(familyPath(family.id)).set(manager.auth).set(ifMatch(family.version)).send(body)
    expectValidationProblem(await patch({ municipality: 'Kretingos r.' }), ['/municipality'])
    expectValidationProblem(await patch({ municipalityOther: true }), ['/municipalityOther'])
    expectValidationProblem(await patch({ municipality: 'Kretingos r.', municipalityOther: 'yes' }), [
      '/municipalityOther',
    ])
    expect(await municipalityOf(family.id)).toBe(family.municipality)
    const changed = await patch({ municipality: 'Kretingos rajono savivaldybė' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body.municipality).toBe('Kretingos rajono savivaldybė')
  })

  it('migration 0020 maps unambiguous short forms to official names and leaves the rest', async () => {
    const intake = await signedInUser(t, { roles: ['intake'] })
    const typed = [
      'Vilniaus m.',
      ' kauno r. sav. ',
      'Birštono sav.',
      'vilniaus miesto savivaldybė',
      'Vilnius',
    ]
    const ids: string[] = []
    for (const municipality of typed)
      ids.push((await intakeFamily(t, intake.auth, { municipality, municipalityOther: true })).id)
    const file = readdirSync(new URL('../../drizzle', import.meta.url)).find((name) =>
      name.startsWith('0020_'),
    )
    if (!file) throw new Error('no migration 0020')
    await t.db.execute(sql.raw(readFileSync(new URL(`../../drizzle/${file}`, import.meta.url), 'utf8')))
    expect(await Promise.all(ids.map(municipalityOf))).toEqual([
      'Vilniaus miesto savivaldybė',
      'Kauno rajono savivaldybė',
      'Birštono savivaldybė',
      'Vilniaus miesto savivaldybė',
      'Vilnius',
    ])
  })
})
