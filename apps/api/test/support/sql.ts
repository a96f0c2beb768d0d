export { queryRows } from '../../src/lib/sql.js'
