import type { referralsLt } from './referrals-lt'

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }

/** English texts of the referral inbox (referrals from partner municipalities). */
export const referralsEn: DeepStrings<typeof referralsLt> = {
  title: 'Incoming referrals',
  pageTitle: 'Referral {{reference}}',
  back: '← All referrals',
  listTitle: {
    received: 'Waiting for an answer',
    accepted: 'Accepted',
    declined: 'Declined',
    case_closed: 'Case closed',
  },
  empty: 'No referrals',
  emptyHint: 'Change the filters. Referrals sent by partner municipalities appear here.',
  filters: { status: 'Status', urgency: 'Urgency', anyUrgency: 'Any' },
  statuses: {
    received: 'Waiting for an answer',
    accepted: 'Accepted',
    declined: 'Declined',
    case_closed: 'Case closed',
  },
  urgencies: { urgent: 'Urgent', routine: 'Routine' },
  columns: {
    from: 'From',
    reference: 'Their reference',
    urgency: 'Urgency',
    received: 'Received',
    answer: 'Answer',
  },
  personCount_one: '{{count}} person',
  personCount_few: '{{count}} persons',
  personCount_many: '{{count}} persons',
  personCount_other: '{{count}} persons',
  span: {
    days: '{{count}} d',
    hours: '{{count}} h',
    minutes: '{{count}} min',
  },
  timer: { left: 'answer within {{span}}', overdue: 'overdue by {{span}}' },
  fields: {
    reason: 'Reason for the referral',
    riskFactors: 'Risk factors',
    consentNote: 'Consent',
    declineReason: 'Reason for declining',
  },
  persons: {
    title: 'Referred persons',
    role: 'Role in the family',
    birthDate: 'Date of birth',
    personalCode: 'Personal code',
    contacts: 'Contacts',
  },
  matches: {
    title: 'May be the same family',
    none: 'No family of your organisation has a member matching the referred persons.',
    family: 'Family {{code}}',
    by: {
      personal_code: '{{name}}: the personal code matches',
      name_and_birth_date: '{{name}}: the name and date of birth match',
    },
  },
  answer: {
    title: 'Answer',
    hint: 'Take the persons in as a new family, into one of the possibly same families above, or decline the referral.',
  },
  accept: {
    newFamilyForm: 'Accept into a new family',
    newFamily: 'Accept into a new family',
    intoFamilyForm: 'Accept into family {{code}}',
    intoFamily: 'Accept into this family',
    caseManager: 'Case manager',
    caseManagerHint: 'Can also be assigned later.',
    noCaseManager: 'Not assigned',
    staffUnavailable: 'The staff list is unavailable',
    refused: 'The referral was not accepted',
    done: 'The referral is accepted',
  },
  decline: {
    open: 'Decline the referral',
    reason: 'Reason for declining',
    reasonHint: 'The referrer sees it. At least 10 characters.',
    submit: 'Decline the referral',
    keep: 'Do not decline',
    refused: 'The referral was not declined',
    done: 'The referral is declined',
  },
  acceptedInto: 'Open the family it was accepted into',
}
