import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { DatabaseHandle } from '../db/client.js'

/** Makes the database available to every module and closes it after the server has stopped. */
export const databasePlugin = fp(
  async (app: FastifyInstance, { handle }: { handle: DatabaseHandle }) => {
    app.decorate('db', handle.db)
    app.addHook('onClose', async () => handle.close())
  },
  { name: 'database' },
)
