export * from './facilities.js'
export * from './occupancy.js'
export * from './stays.js'
export * from './waiting-list.js'
