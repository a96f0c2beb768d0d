export * from './api-clients.js'
export * from './scopes.js'
export * from './token.js'
