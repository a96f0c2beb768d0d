import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { createUser, signedInUser } from '../support/factories.js'
import { expectProblem, fromInject } from '../support/problem.js'

// A built client in miniature: index.html, a hashed script, and a hashed stylesheet with a precompressed copy.
const dist = mkdtempSync(path.join(tmpdir(), 'onestop-dist-'))
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`
const SCRIPT = Array.from(
  { length: 400 },
  (_, i) => `export const value${i} = 'the same words again ${i}';`,
).join('\n')
const STYLES = Array.from({ length: 300 }, (_, i) => `.row-${i} { color: #123456; margin: ${i}px; }`).join(
  '\n',
)
const STYLES_BR = brotliCompressSync(STYLES)
mkdirSync(path.join(dist, 'assets'))
writeFileSync(path.join(dist, 'index.html'), INDEX)
writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js'), SCRIPT)
writeFileSync(path.join(dist, 'assets', 'index-Ef56Gh78.css'), STYLES)
writeFileSync(path.join(dist, 'assets', 'index-Ef56Gh78.css.br'), STYLES_BR)
afterAll(() => rmSync(dist, { recursive: true, force: true }))

const t = useTestApp({ webDistDir: dist })
const get = (url: string, encoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } })
const IMMUTABLE = 'public, max-age=31536000, immutable'

describe('hashed assets of the web client', () => {
  it('are sent brotli-compressed to a client that accepts br', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i)
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 4)
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT)
  })

  it('are sent gzipped to a client that accepts only gzip', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', 'gzip')
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT)
  })

  it('are sent as they are to a client that accepts neither', async () => {
    for (const encoding of [undefined, 'identity']) {
      const response = await get('/assets/index-Ab12Cd34.js', encoding)
      expect(response.headers['content-encoding']).toBeUndefined()
      expect(response.payload).toBe(SCRIPT)
    }
  })

  it('use the copy the build compressed when there is one', async () => {
    const response = await get('/assets/index-Ef56Gh78.css', 'br')
    expect(response.headers['content-encoding']).toBe('br')
    expect(String(response.headers['content-type'])).toMatch(/^text\/css/)
    expect(response.rawPayload.equals(STYLES_BR)).toBe(true)
  })

  it('may be kept by the browser for a year without asking again', async () => {
    for (const url of ['/assets/index-Ab12Cd34.js', '/assets/index-Ef56Gh78.css']) {
      expect((await get(url, 'br')).headers['cache-control']).toBe(IMMUTABLE)
      expect((await get(url)).headers['cache-control']).toBe(IMMUTABLE)
    }
  })
})

describe('index.html', () => {
  it('is revalidated on every load, at / and for any route of the client', async () => {
    for (const url of ['/', '/families', '/families/0b6c5f1e-2f0a-4c51-9e8e-0f4b7a3c2d10?tab=notes']) {
      const response = await get(url)
      expect(response.statusCode, url).toBe(200)
      expect(response.headers['cache-control'], url).toBe('no-cache')
      expect(response.payload, url).toBe(INDEX)
    }
  })
})

describe('API replies', () => {
  it('are compressed above 1 kB after the request has finished its work', async () => {
    const admin = await signedInUser(t, { roles: ['admin'] })
    for (let i = 0; i < 8; i++) await createUser(t.db, { organisationId: admin.user.organisationId })
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.auth })
    expect(plain.statusCode).toBe(200)
    expect(plain.payload.length).toBeGreaterThan(1024)

    const compressed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { ...admin.auth, 'accept-encoding': 'br' },
    })
    expect(compressed.statusCode).toBe(200)
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(JSON.parse(brotliDecompressSync(compressed.rawPayload).toString())).toEqual(
      JSON.parse(plain.payload),
    )
  })

  it('stay whole problem+json documents when the client accepts compression', async () => {
    const response = await get('/api/v1/no-such-thing', 'br, gzip')
    const body =
      response.headers['content-encoding'] === 'br'
        ? brotliDecompressSync(response.rawPayload)
        : response.rawPayload
    expectProblem(fromInject({ ...response, body: body.toString() }), 404, '/problems/not-found')
  })
})
