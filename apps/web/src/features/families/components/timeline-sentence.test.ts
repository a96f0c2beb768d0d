import { describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { type TimelineEvent, timelineSentence } from './timeline-sentence'

const event = (kind: TimelineEvent['kind'], details: TimelineEvent['details']): TimelineEvent => ({
  at: '2026-11-26T09:30:00+02:00',
  kind,
  entityId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  actor: 'Jurgita Petraitienė',
  details,
})

const sentences = (language: 'lt' | 'en') => {
  const t = i18n.getFixedT(language)
  const say = (e: TimelineEvent) => timelineSentence(e, t, language)
  return {
    status: say(event('status', { from: 'intake', to: 'active', reason: 'Vertinimas atliktas.' })),
    first: say(event('status', { from: null, to: 'intake', reason: null })),
    joined: say(event('member_joined', { name: 'Asta Petrauskienė', role: 'parent' })),
    team: say(event('team_joined', { name: 'Rasa Kavaliauskienė' })),
    assessment: say(event('assessment', { assessedOn: '2026-11-20' })),
    goal: say(event('goal', { area: 'parenting', description: 'Susitarti.' })),
    review: say(event('review', { reviewedOn: '2026-11-20', nextReviewOn: '2027-02-20' })),
    conference: say(event('conference', { agenda: 'Bendravimo tvarka' })),
    note: say(event('note', { visibility: 'case_manager' })),
    given: say(event('consent', { name: 'Asta Petrauskienė', purpose: 'research', given: 'true' })),
    withdrawn: say(event('consent', { name: 'Asta Petrauskienė', purpose: 'research', given: 'false' })),
    cancelled: say(
      event('appointment_cancelled', {
        service: 'Psichologo konsultacija',
        specialist: 'Ieva Kavaliauskienė',
        startsAt: '2026-11-26T08:00:00.000Z',
        reason: 'Vaikas serga.',
      }),
    ),
  }
}

describe('timeline sentences', () => {
  it('are Lithuanian, with every value translated', () => {
    const s = sentences('lt')
    expect(s.status.sentence).toBe('Būsena pakeista: Priėmimas → Aktyvi')
    expect(s.status.detail).toBe('Priežastis: Vertinimas atliktas.')
    expect(s.first.detail).toBeNull()
    expect(s.joined.sentence).toBe('Asta Petrauskienė įtrauktas(-a) į šeimą (Tėvas / motina)')
    expect(s.team.sentence).toBe('Rasa Kavaliauskienė pridėtas(-a) į atvejo komandą')
    expect(s.assessment.sentence).toMatch(/^Atliktas poreikių vertinimas \(2026.*\)$/)
    expect(s.goal.sentence).toBe('Pridėtas plano tikslas (Tėvystė): Susitarti.')
    expect(s.review.sentence).toMatch(/^Planas peržiūrėtas 2026.*; kita peržiūra 2027/)
    expect(s.conference.sentence).toBe('Atvejo pasitarimas: Bendravimo tvarka')
    expect(s.note.sentence).toBe('Parašytas užrašas (Tik atvejo vadybininkui)')
    expect(s.given.sentence).toBe('Asta Petrauskienė davė sutikimą: Tyrimai')
    expect(s.withdrawn.sentence).toBe('Asta Petrauskienė nesutiko arba atšaukė sutikimą: Tyrimai')
    expect(s.cancelled.sentence).toMatch(/^Atšaukta: Psichologo konsultacija, Ieva Kavaliauskienė, .*10:00/)
    expect(s.cancelled.detail).toBe('Priežastis: Vaikas serga.')
  })

  it('are English, with every value translated', () => {
    const s = sentences('en')
    expect(s.status.sentence).toBe('Status changed: Intake → Active')
    expect(s.status.detail).toBe('Reason: Vertinimas atliktas.')
    expect(s.first.sentence).toBe('Status set: Intake')
    expect(s.joined.sentence).toBe('Asta Petrauskienė joined the family (Parent)')
    expect(s.team.sentence).toBe('Rasa Kavaliauskienė added to the case team')
    expect(s.assessment.sentence).toBe('Needs assessment recorded (20 Nov 2026)')
    expect(s.goal.sentence).toBe('Plan goal added (Parenting): Susitarti.')
    expect(s.review.sentence).toBe('Plan reviewed on 20 Nov 2026; next review 20 Feb 2027')
    expect(s.conference.sentence).toBe('Case conference: Bendravimo tvarka')
    expect(s.note.sentence).toBe('Case note written (Case manager only)')
    expect(s.given.sentence).toBe('Asta Petrauskienė gave consent: Research')
    expect(s.withdrawn.sentence).toBe('Asta Petrauskienė refused or withdrew consent: Research')
    expect(s.cancelled.sentence).toMatch(
      /^Cancelled: Psichologo konsultacija with Ieva Kavaliauskienė, .*10:00/,
    )
  })

  it('shows a value it has no translation for as sent', () => {
    const t = i18n.getFixedT('en')
    expect(timelineSentence(event('goal', { area: 'new_area', description: 'x' }), t, 'en').sentence).toBe(
      'Plan goal added (new_area): x',
    )
  })
})
