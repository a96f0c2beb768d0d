/** Text typed by staff, kept as typed: line breaks shown, never read as HTML. */
export const plainTextStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const
