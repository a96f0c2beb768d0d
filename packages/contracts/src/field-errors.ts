/**
 * Why a field of a request is invalid, as a stable code with an English message for API integrators.
 * `{name}` in a message is filled from the field error's `params`; clients translate from the code.
 */
export const FIELD_ERROR_CODES = {
  // From the request schemas
  required: 'is required',
  'not-allowed': 'is not an allowed property',
  'wrong-type': 'must be a {expected}',
  'too-short': 'must have at least {limit} characters',
  'too-long': 'must have at most {limit} characters',
  'blank-text': 'must have at least 1 character of text',
  'too-little-text': 'must have at least {limit} characters of text',
  'too-small': 'must be at least {limit}',
  'too-large': 'must be at most {limit}',
  'outside-score-range': 'must be from {min} to {max}',
  'too-few-items': 'must list at least {limit} items',
  'too-many-items': 'must list at most {limit} items',
  'duplicate-items': 'must not list an item twice',
  'not-one-of': 'must be one of: {allowed}',
  'invalid-email': 'must be an e-mail address',
  'not-a-date': 'must be a date (YYYY-MM-DD)',
  'not-a-date-time': 'must be a date and time (ISO 8601)',
  'not-a-time': 'must be a time (HH:MM)',
  'invalid-id': 'must be a UUID',
  'invalid-format': 'has an invalid format',
  invalid: 'is invalid',
  // Personal codes
  'personal-code-digits': 'must be 11 digits',
  'personal-code-century': 'has an invalid first (century and gender) digit',
  'personal-code-date': 'does not contain a real birth date',
  'personal-code-birth-date': 'does not agree with the birth date',
  'personal-code-check-digit': 'has a wrong check digit',
  // Dates and periods
  'date-in-future': 'must not be in the future',
  'date-too-far-back': 'must not be more than {years} year(s) in the past',
  'date-too-far-ahead': 'must not be more than {years} years ahead',
  'end-before-start': 'must be after {start}',
  'end-before-first-day': 'must not be before {start}',
  'period-too-long': 'must be at most {limit} days after {start}',
  'too-many-months': 'must be at most {limit} months from {start}, both included',
  'appointment-length': 'must be 5 minutes to 8 hours after startsAt',
  'review-before-last': 'must be after reviewedOn',
  'sessions-overlap': 'sessions must not overlap one another',
  'hours-overlap': 'overlaps entry {other} on the same weekday',
  // Passwords and codes
  'password-too-short': 'must be at least {limit} characters',
  'password-too-common': 'is too common or too simple; choose a longer phrase of your own',
  'password-contains-email': 'must not contain your e-mail name',
  'wrong-password': 'is wrong',
  'wrong-code': 'is wrong or has expired',
  // References to other records
  'not-a-current-member': 'is not a current member of the family',
  'not-enrolled': 'is not enrolled in the run',
  'listed-twice': 'lists the same entry twice',
  'unknown-service': 'is not a service of your organisation',
  'unknown-staff': 'is not an active staff member of your organisation',
  'unknown-room': 'is not a room of your organisation',
  'unknown-site': 'is not a site of your organisation',
  'other-facility': 'must be a bed of the same facility as the other members',
  'outside-stay': 'must be a day from {start} to the day before {end}',
  'unsuitable-room': 'must be a room of kind {kinds}',
  'room-too-small': "must be at most {limit}, the room's capacity",
  'not-a-group-service': 'must be a group service or one with a default capacity',
  'capacity-required': 'is required for this service',
  'not-on-case-team': 'is not on the case team',
  'not-a-case-manager': 'is not a case manager',
  'not-a-family-goal': 'is not a goal of this family',
  'same-organisation': "must be another organisation than the caller's",
  'invalid-cursor': 'is not a valid cursor',
  'malformed-json': 'is not valid JSON',
  'one-calendar-scope': 'exactly one of specialistId, roomId and siteId is required',
  'unknown-municipality': 'is not a Lithuanian municipality by its official name',
  'needs-municipality': 'needs a municipality',
} as const

export type FieldErrorCode = keyof typeof FIELD_ERROR_CODES

export type FieldErrorParams = Readonly<Record<string, string | number>>

export const fieldErrorCodes = Object.keys(FIELD_ERROR_CODES) as FieldErrorCode[]

/** The English message of a field error, with its parameters filled in. */
export const fieldErrorMessage = (code: FieldErrorCode, params: FieldErrorParams = {}): string =>
  FIELD_ERROR_CODES[code].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))

export const isFieldErrorCode = (value: string): value is FieldErrorCode =>
  Object.hasOwn(FIELD_ERROR_CODES, value)
