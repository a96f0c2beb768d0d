import Ajv, { type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

const base: Options = { allErrors: true, strict: false, useDefaults: true, removeAdditional: false }

/**
 * Bodies are validated as sent (`{"email": 1}` is an error, not the string "1"); query strings, path
 * parameters and headers arrive as text, so they are coerced to the types their schemas declare.
 */
export function useContractValidation(app: FastifyInstance) {
  const strict = addFormats(new Ajv({ ...base, coerceTypes: false }))
  const coercing = addFormats(new Ajv({ ...base, coerceTypes: 'array' }))
  for (const ajv of [strict, coercing]) ajv.addKeyword({ keyword: 'example' })
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object),
  )
}
