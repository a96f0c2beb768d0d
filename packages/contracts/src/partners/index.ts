export * from './api-clients.js'
export * from './referral-reference.js'
export * from './scopes.js'
export * from './token.js'
