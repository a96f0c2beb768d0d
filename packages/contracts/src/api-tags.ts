/**
 * The OpenAPI document's tags, in the order the explorer shows them. A route may only name one of these
 * (its `tags` are typed by them), so the list cannot fall behind the routes.
 */
export const API_TAGS = [
  { name: 'Authentication', description: 'Signing in and out, sessions and two-factor sign-in.' },
  { name: 'Users', description: 'Staff accounts, managed by admins.' },
  { name: 'Organisations', description: 'The centres and partners of this deployment.' },
  {
    name: 'Partnerships',
    description:
      'Agreements under which one organisation shares families with the staff of another, with the families’ consent.',
  },
  {
    name: 'Partners',
    description:
      'Partner municipalities and the API clients an admin issues to them: secrets shown once, scopes, rotation and revocation.',
  },
  {
    name: 'Statistics',
    description:
      'Counts for partner municipalities that identify nobody: referrals, families served and services delivered by month, small counts suppressed.',
  },
  {
    name: 'Referrals',
    description:
      'Referring a family: partner municipalities to the centre over the API, and organisations of this deployment to one another; the referrer follows its status.',
  },
  {
    name: 'Referral inbox',
    description: 'Referrals to your organisation: triage, matching families, accepting and declining.',
  },
  {
    name: 'Webhooks',
    description:
      'A partner’s subscriptions to referral and case events: signed POSTs retried with backoff, and their delivery log.',
  },
  { name: 'Audit', description: 'Who did what to which record, when and from where.' },
  { name: 'Families', description: 'Intake, case status and the families a staff member may see.' },
  {
    name: 'Family members',
    description: 'Adults and children of a family; personal codes are encrypted.',
  },
  {
    name: 'Case team',
    description: "Who works on a family's case, and emergency (break-glass) access.",
  },
  { name: 'Needs assessments', description: 'Structured assessments of a family, area by area.' },
  {
    name: 'Case plans',
    description: "Goals, reviews with the family's and child's views, and what is overdue.",
  },
  {
    name: 'Case conferences',
    description: 'Multi-disciplinary meetings: participants, decisions, next steps.',
  },
  {
    name: 'Case notes',
    description: 'Team notes, amended with versions and annotations, never deleted.',
  },
  { name: 'Consents', description: 'Consent per person and purpose, with its full history.' },
  {
    name: 'Data protection',
    description: 'Subject access exports and anonymisation after the retention period.',
  },
  {
    name: 'Bookings',
    description: 'Appointments of specialists and rooms; nobody is ever booked twice.',
  },
  {
    name: 'Group programmes',
    description: 'Group runs and their sessions, enrolments with a waiting list, and attendance.',
  },
  {
    name: 'Temporary accommodation',
    description:
      'Facilities, rooms and beds, and stays in them; where someone stays is shown only to those who must know.',
  },
  {
    name: 'Methodologies',
    description:
      'Evidence-based programmes the centre delivers: format, sessions, enrolment rules and outcome instruments.',
  },
  {
    name: 'Certifications',
    description:
      'Which staff are certified in which methodology, at which level and until when; the competence matrix.',
  },
  {
    name: 'Trainings',
    description:
      'Training events in a methodology: sessions, trainers, participants with attendance and completion, and training hours.',
  },
  { name: 'Services', description: 'The service catalogue: what is delivered, by whom and where.' },
  { name: 'Sites and rooms', description: "The organisation's sites and their rooms." },
  { name: 'Staff schedules', description: 'Weekly working hours and absences of staff.' },
  {
    name: 'Calendar',
    description: 'Day and week calendars, my day, and iCalendar feeds for mail clients.',
  },
  { name: 'Health', description: 'Liveness of the API and its database.' },
] as const

export type ApiTag = (typeof API_TAGS)[number]['name']
