export * from './audit.js'
export * from './organisations.js'
export * from './sessions.js'
export * from './users.js'
