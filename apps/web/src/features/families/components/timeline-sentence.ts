import type { RouteResult } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'
import type { TFunction } from 'i18next'
import { formatDateTime, formatDay } from '../../../lib/format'

export type TimelineEvent = RouteResult<typeof routes.getFamilyTimeline>['items'][number]

export interface TimelineLine {
  sentence: string
  /** A second line, e.g. the reason for a status change. */
  detail: string | null
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A translated sentence for one timeline event, built from its `details`; unknown values show as sent. */
export const timelineSentence = (event: TimelineEvent, t: TFunction, language: string): TimelineLine => {
  const d = (key: string) => event.details[key] ?? ''
  const named = (prefix: string, key: string) => {
    const value = d(key)
    return value ? t(`families.${prefix}.${value}`, { defaultValue: value }) : '—'
  }
  const day = (key: string) => {
    const value = d(key)
    return DATE.test(value) ? formatDay(value, language) : value || '—'
  }
  const line = (sentence: string, detail: string | null = null): TimelineLine => ({ sentence, detail })
  const appointment = (key: string, detail: string | null = null) =>
    line(
      t(`families.timeline.${key}`, {
        service: d('service'),
        specialist: d('specialist'),
        when: d('startsAt') ? formatDateTime(d('startsAt'), language) : '—',
      }),
      detail,
    )

  switch (event.kind) {
    case 'status': {
      const reason = d('reason')
      const detail = reason ? t('families.timeline.reason', { reason }) : null
      return d('from')
        ? line(
            t('families.timeline.status', { from: named('statuses', 'from'), to: named('statuses', 'to') }),
            detail,
          )
        : line(t('families.timeline.statusFirst', { to: named('statuses', 'to') }), detail)
    }
    case 'member_joined':
      return line(
        t('families.timeline.member_joined', { name: d('name'), role: named('memberRoles', 'role') }),
      )
    case 'member_left':
      return line(t('families.timeline.member_left', { name: d('name') }))
    case 'team_joined':
      return line(t('families.timeline.team_joined', { name: d('name') }))
    case 'team_left':
      return line(t('families.timeline.team_left', { name: d('name') }))
    case 'assessment':
      return line(t('families.timeline.assessment', { date: day('assessedOn') }))
    case 'goal':
      return line(
        t('families.timeline.goal', { area: named('areas', 'area'), description: d('description') }),
      )
    case 'review':
      return line(t('families.timeline.review', { date: day('reviewedOn'), next: day('nextReviewOn') }))
    case 'conference':
      return line(t('families.timeline.conference', { agenda: d('agenda') }))
    case 'note':
      return line(t('families.timeline.note', { visibility: named('visibilities', 'visibility') }))
    case 'consent':
      return line(
        t(d('given') === 'true' ? 'families.timeline.consentGiven' : 'families.timeline.consentWithdrawn', {
          name: d('name'),
          purpose: named('consentPurposes', 'purpose'),
        }),
      )
    case 'partnership_ended':
      return line(
        t('families.timeline.partnership_ended', { partner: d('partner') }),
        d('reason') ? t('families.timeline.reason', { reason: d('reason') }) : null,
      )
    case 'appointment_booked':
    case 'appointment_completed':
    case 'appointment_no_show':
      return appointment(event.kind)
    case 'appointment_cancelled':
      return appointment(
        event.kind,
        d('reason') ? t('families.timeline.reason', { reason: d('reason') }) : null,
      )
  }
}

/** A colour and a glyph per kind of event, so the list can be scanned. */
export const TIMELINE_LOOK: Record<TimelineEvent['kind'], { color: string; glyph: string }> = {
  status: { color: 'blue', glyph: '⇄' },
  member_joined: { color: 'teal', glyph: '+' },
  member_left: { color: 'gray', glyph: '−' },
  team_joined: { color: 'indigo', glyph: '+' },
  team_left: { color: 'gray', glyph: '−' },
  assessment: { color: 'grape', glyph: '▤' },
  goal: { color: 'cyan', glyph: '◎' },
  review: { color: 'cyan', glyph: '↻' },
  conference: { color: 'orange', glyph: '◉' },
  note: { color: 'yellow', glyph: '✎' },
  consent: { color: 'green', glyph: '✓' },
  partnership_ended: { color: 'gray', glyph: '⊘' },
  appointment_booked: { color: 'blue', glyph: '◷' },
  appointment_completed: { color: 'teal', glyph: '✓' },
  appointment_no_show: { color: 'red', glyph: '✗' },
  appointment_cancelled: { color: 'gray', glyph: '⊘' },
}
