/** The If-Match header for a record read at `version` (the API's ETag is the quoted version). */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })
