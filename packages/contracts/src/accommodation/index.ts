export * from './facilities.js'
export * from './stays.js'
