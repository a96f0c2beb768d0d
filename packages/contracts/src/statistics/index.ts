export * from './statistics.js'
