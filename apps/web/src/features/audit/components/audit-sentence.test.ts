import type { AuditEntry } from '@onestop/contracts'
import type { Static } from 'typebox'
import { afterAll, describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { auditSentence } from './audit-sentence'

type Entry = Static<typeof AuditEntry>

const FAMILY = '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

const entry = (overrides: Partial<Entry>): Entry => ({
  id: '5d0e4b0e-1d7b-4a51-8d55-31d3d1f1a001',
  at: '2026-12-03T09:15:00.000Z',
  actorId: '5d0e4b0e-1d7b-4a51-8d55-31d3d1f1a002',
  actorLabel: 'jurgita@centras.lt',
  actorName: 'Jurgita Petraitienė',
  actorOrganisationId: null,
  dataOrganisationId: null,
  action: 'family.read',
  entityType: 'family',
  entityId: FAMILY,
  subjectLabel: 'F-2026-0001',
  outcome: 'success',
  ip: null,
  requestId: null,
  details: {},
  folded: [],
  ...overrides,
})

const folded = (action: string, entityId: string | null) => ({
  id: '5d0e4b0e-1d7b-4a51-8d55-31d3d1f1a003',
  at: '2026-12-03T09:14:58.000Z',
  action,
  entityType: entityId ? 'family' : null,
  entityId,
  subjectLabel: entityId ? 'F-2026-0001' : null,
  requestId: null,
  details: {},
})

const sentence = (language: 'lt' | 'en', value: Entry) => auditSentence(i18n.getFixedT(language), value)

describe('auditSentence', () => {
  afterAll(() => i18n.changeLanguage('lt'))

  it('tells who read which family, in Lithuanian and in English', () => {
    expect(sentence('lt', entry({}))).toBe('Jurgita Petraitienė perskaitė šeimos F-2026-0001 bylą')
    expect(sentence('en', entry({}))).toBe('Jurgita Petraitienė read family F-2026-0001')
  })

  it('uses whole-action wording where the verb alone would be wrong', () => {
    const login = entry({ action: 'auth.login', entityType: null, entityId: null, subjectLabel: null })
    expect(sentence('lt', login)).toBe('Jurgita Petraitienė prisijungė')
    expect(sentence('en', login)).toBe('Jurgita Petraitienė signed in')
    const status = entry({ action: 'family.status' })
    expect(sentence('lt', status)).toBe('Jurgita Petraitienė pakeitė šeimos F-2026-0001 būseną')
  })

  it('tells of temporary accommodation without saying where', () => {
    const stay = (action: string) =>
      entry({ action, entityType: 'stay', entityId: FAMILY, subjectLabel: null })
    expect(sentence('en', stay('stay.check_in'))).toBe(
      'Jurgita Petraitienė recorded an arrival in temporary accommodation',
    )
    expect(sentence('lt', stay('stay.cancel'))).toBe(
      'Jurgita Petraitienė atšaukė buvimą laikinajame apgyvendinime',
    )
    const residents = entry({
      action: 'stay.residents',
      entityType: 'facility',
      entityId: FAMILY,
      subjectLabel: null,
    })
    expect(sentence('en', residents)).toBe(
      'Jurgita Petraitienė viewed the residents of an accommodation facility',
    )
    const withdrawn = entry({
      action: 'waiting_request.withdraw',
      entityType: 'waiting_request',
      subjectLabel: null,
    })
    expect(sentence('lt', withdrawn)).toBe('Jurgita Petraitienė atšaukė laukiančiųjų sąrašo prašymą')
  })

  it('names a person and a user, and falls back to the id or the e-mail when no name is visible', () => {
    const person = entry({ action: 'member.update', entityType: 'person', subjectLabel: 'Ona Kazlauskienė' })
    expect(sentence('lt', person)).toBe('Jurgita Petraitienė pakeitė asmens Ona Kazlauskienė duomenis')
    expect(sentence('en', person)).toBe('Jurgita Petraitienė changed the data of Ona Kazlauskienė')
    const hidden = entry({ actorName: null, subjectLabel: null })
    expect(sentence('en', hidden)).toBe(`jurgita@centras.lt read record ${FAMILY}`)
  })

  it('folds a page view’s list reads into one sentence with the count', () => {
    const view = entry({
      action: 'member.list',
      folded: [folded('note.list', FAMILY), folded('family.list', null)],
    })
    expect(sentence('lt', view)).toBe(
      'Jurgita Petraitienė peržiūrėjo 3 sąrašus: „Šeimų nariai“ (šeimos F-2026-0001), „Atvejo užrašai“ (šeimos F-2026-0001), „Šeimos“',
    )
    expect(sentence('en', view)).toBe(
      'Jurgita Petraitienė viewed 3 lists: “Family members” (family F-2026-0001), “Case notes” (family F-2026-0001), “Families”',
    )
    const one = entry({ action: 'note.list' })
    expect(sentence('en', one)).toBe('Jurgita Petraitienė viewed the list “Case notes” (family F-2026-0001)')
  })

  it('tells an action it has no words for by its code', () => {
    const odd = entry({ action: 'calendar.my-day', entityType: null, entityId: null, subjectLabel: null })
    expect(sentence('en', odd)).toBe('Jurgita Petraitienė did “calendar.my-day”: a record')
  })
})
