export * from './hours.js'
export * from './participant.js'
export * from './participants.js'
export * from './trainings.js'
