import type { Certification } from '@onestop/contracts'
import { expect } from 'vitest'
import type { TestApp } from './app.js'

export const CERTIFICATIONS = '/api/v1/certifications'

type Auth = { authorization: string }

export async function certify(t: TestApp, auth: Auth, body: Record<string, unknown>) {
  const response = await t.http().post(CERTIFICATIONS).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Certification
}
