/** The shortest password the API accepts; the client's forms check the same figure before sending. */
export const PASSWORD_MIN_LENGTH = 12
