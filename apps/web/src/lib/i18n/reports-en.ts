import type { reportsLt } from './reports-lt'

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }

export const reportsEn: DeepStrings<typeof reportsLt> = {
  attendance: {
    title: 'Appointment attendance',
    intro:
      "No-show and cancellation rates of your organisation's individual appointments starting in the period.",
    period: 'Period',
    periodPlaceholder: 'Choose the dates',
    tooLong: 'The period can be at most two years',
    groupBy: 'Group by',
    groupings: { service: 'Service', specialist: 'Specialist', month: 'Month' },
    chartTitle: 'No-shows and cancellations',
    chartLabel: 'Bar chart of no-show and cancellation rates',
    total: 'Total',
    completed: 'Completed',
    noShow: 'No-show',
    cancelled: 'Cancelled',
    noShowRate: 'No-show rate',
    cancellationRate: 'Cancellation rate',
    allRows: 'All',
    empty: 'No appointments in this period',
    emptyHint: 'Choose another period.',
  },
  delivered: {
    title: 'Delivered services',
    intro:
      'Each row is one service delivered to one person: a completed appointment for each participant, an attended group session for each attendee.',
    period: 'Period',
    periodPlaceholder: 'Choose days',
    service: 'Service',
    anyService: 'All services',
    deliveredAt: 'When',
    person: 'Person',
    family: 'Family',
    deliveredBy: 'Delivered by',
    source: 'From',
    sources: { appointment: 'Appointment', group_session: 'Group session' },
    duration: 'Length',
    empty: 'No services delivered in this period',
    emptyHint: 'Change the period or the service.',
    minutes: '{{n}} min',
  },
}
