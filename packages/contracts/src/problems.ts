/**
 * Every problem type the API answers with (`/problems/<type>`), its HTTP status and a short English
 * title. Clients translate from the type; the `detail` stays English, for API integrators.
 */
export const PROBLEM_TYPES = {
  // Requests the API cannot read
  validation: { status: 400, title: 'Invalid request' },
  'malformed-json': { status: 400, title: 'Malformed JSON' },
  'bad-request': { status: 400, title: 'Bad request' },
  'body-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'headers-too-large': { status: 431, title: 'Request headers too large' },
  // Signing in
  unauthorized: { status: 401, title: 'Not signed in' },
  'invalid-token': { status: 401, title: 'Invalid access token' },
  'session-ended': { status: 401, title: 'Session ended' },
  'invalid-credentials': { status: 401, title: 'Wrong e-mail address or password' },
  'mfa-required': { status: 401, title: 'Two-factor code required' },
  'invalid-mfa-code': { status: 401, title: 'Wrong two-factor code' },
  'account-locked': { status: 429, title: 'Account locked' },
  'mfa-setup-required': { status: 403, title: 'Two-factor sign-in not set up' },
  'mfa-setup-not-started': { status: 409, title: 'Two-factor set-up not started' },
  'mfa-already-enabled': { status: 409, title: 'Two-factor sign-in already on' },
  'mfa-not-enabled': { status: 409, title: 'Two-factor sign-in not on' },
  'mfa-required-by-role': { status: 409, title: 'Two-factor sign-in required by role' },
  // Permissions and existence
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  // Versions and retries
  'stale-version': { status: 412, title: 'Precondition failed' },
  'if-match-required': { status: 428, title: 'Precondition required' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused' },
  'idempotency-in-progress': { status: 409, title: 'Request still in progress' },
  'past-date-unconfirmed': { status: 422, title: 'Past date not confirmed' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  // Outages
  overloaded: { status: 503, title: 'Server overloaded' },
  'database-unavailable': { status: 503, title: 'Database unavailable' },
  internal: { status: 500, title: 'Internal error' },
  // Conflicts with the state of a record
  'invalid-transition': { status: 409, title: 'Not allowed in this state' },
  'status-transition': { status: 409, title: 'Status change not allowed' },
  'email-taken': { status: 409, title: 'E-mail address taken' },
  'self-lockout': { status: 409, title: 'Would lock yourself out' },
  'service-code-taken': { status: 409, title: 'Service code taken' },
  'service-inactive': { status: 409, title: 'Service inactive' },
  'room-inactive': { status: 409, title: 'Room inactive' },
  'double-booking': { status: 409, title: 'Double booking' },
  absent: { status: 409, title: 'Staff member away' },
  unqualified: { status: 409, title: 'Staff member not qualified' },
  'outside-working-hours': { status: 409, title: 'Outside working hours' },
  capacity: { status: 409, title: 'Group full' },
  'already-enrolled': { status: 409, title: 'Already enrolled' },
  'run-closed': { status: 409, title: 'Group run closed' },
  'not-started': { status: 409, title: 'Session not started' },
  'duplicate-package': { status: 409, title: 'Duplicate service package' },
  'package-exhausted': { status: 409, title: 'Service package used up' },
  'family-not-open': { status: 409, title: 'Family case not open' },
  'already-reviewed': { status: 409, title: 'Already reviewed' },
  'same-family': { status: 409, title: 'Same family' },
  moved: { status: 409, title: 'Person moved meanwhile' },
  'handover-required': { status: 403, title: 'Hand-over required' },
  'referral-required': { status: 409, title: 'Referral required' },
  'responsible-case-manager': { status: 409, title: 'Responsible case manager' },
  'confidential-contacts': { status: 409, title: 'Confidential contacts' },
  // Temporary accommodation
  'bed-taken': { status: 409, title: 'Bed taken' },
  'person-already-staying': { status: 409, title: 'Person already staying' },
  'bed-out-of-service': { status: 409, title: 'Bed out of service' },
  'stay-too-long': { status: 422, title: 'Stay too long' },
  'adult-in-child-care': { status: 422, title: "Adult in children's care" },
  'admission-intoxicated': { status: 422, title: 'Admission refused: intoxicated' },
  'admission-emergency-care': { status: 422, title: 'Admission refused: emergency medical care needed' },
  'admission-psychiatric-care': {
    status: 422,
    title: 'Admission refused: in-patient psychiatric care needed',
  },
  'waiting-request-closed': { status: 409, title: 'Waiting-list request closed' },
  'waiting-request-mismatch': { status: 422, title: 'Waiting-list request of another family' },
  // Methodologies and certifications
  'methodology-name-taken': { status: 409, title: 'Methodology name taken' },
  'methodology-retired': { status: 409, title: 'Methodology retired' },
  'certification-overlaps': { status: 409, title: 'Certification overlaps another' },
  'supervisor-not-certified': { status: 422, title: 'Supervisor not certified' },
  'training-full': { status: 409, title: 'Training full' },
  'training-closed': { status: 409, title: 'Training closed' },
  'training-not-held': { status: 409, title: 'Training not held yet' },
  'facilitator-not-certified': { status: 409, title: 'Facilitator not certified' },
  'too-few-facilitators': { status: 409, title: 'Too few facilitators' },
  'too-few-couples': { status: 409, title: 'Too few couples' },
  'enrolment-rule': { status: 422, title: 'Enrolment rule not met' },
  'run-without-methodology': { status: 409, title: 'Run delivers no methodology' },
  'not-a-participant': { status: 422, title: 'Not a participant of the run' },
  'instrument-in-use': { status: 409, title: 'Outcome instrument in use' },
  // Partnerships
  'partnership-overlaps': { status: 409, title: 'Partnership overlaps' },
  'partnership-not-proposed': { status: 409, title: 'Partnership not proposed' },
  'partnership-ended': { status: 409, title: 'Partnership ended' },
  'partnership-required': { status: 409, title: 'Partnership required' },
  'partner-consent-required': { status: 409, title: 'Partner consent required' },
  'partner-not-on-team': { status: 409, title: 'Partner not on the team' },
  'service-outside-partnership': { status: 409, title: 'Service outside the partnership' },
  // Partner API clients
  'invalid-client': { status: 401, title: 'Unknown client or wrong secret' },
  'unsupported-grant-type': { status: 400, title: 'Unsupported grant type' },
  'invalid-scope': { status: 400, title: 'Scope not granted' },
  'insufficient-scope': { status: 403, title: 'Token lacks the scope' },
  'partnership-not-live': { status: 409, title: 'Partnership not live' },
  'api-client-revoked': { status: 409, title: 'API client revoked' },
  'referral-not-pending': { status: 409, title: 'Referral already decided' },
  'webhook-target-not-allowed': { status: 422, title: 'Webhook target not allowed' },
} as const satisfies Record<string, { status: number; title: string }>

export type ProblemType = keyof typeof PROBLEM_TYPES

/** The problem types answered with one HTTP status. */
export type ProblemTypeWithStatus<S extends number> = {
  [T in ProblemType]: (typeof PROBLEM_TYPES)[T]['status'] extends S ? T : never
}[ProblemType]

export const problemTypes = Object.keys(PROBLEM_TYPES) as ProblemType[]

export const isProblemType = (value: string): value is ProblemType => Object.hasOwn(PROBLEM_TYPES, value)

/** The `type` URI of a problem as the API sends it. */
export const problemUri = (type: ProblemType): string => `/problems/${type}`

/**
 * Problem types every route may answer with, so no route lists them: refusals of the request itself,
 * sign-in and permission checks, missing records and outages.
 */
export const COMMON_PROBLEM_TYPES = [
  'validation',
  'malformed-json',
  'bad-request',
  'body-too-large',
  'unsupported-media-type',
  'headers-too-large',
  'unauthorized',
  'invalid-token',
  'session-ended',
  'mfa-setup-required',
  'forbidden',
  'insufficient-scope',
  'not-found',
  'rate-limited',
  'overloaded',
  'database-unavailable',
  'internal',
] as const satisfies readonly ProblemType[]

/** Problem types of signed-in POSTs, which honour `Idempotency-Key`. */
export const IDEMPOTENCY_PROBLEM_TYPES = [
  'idempotency-key-reused',
  'idempotency-in-progress',
] as const satisfies readonly ProblemType[]
