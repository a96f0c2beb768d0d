import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

const derive = (key: Buffer, purpose: string) =>
  Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), purpose, 32))

/** Field encryption (AES-256-GCM) and keyed lookup hashes, with separate keys derived from one secret. */
export function fieldCrypto(key: Buffer) {
  const encryptionKey = derive(key, 'onestop field encryption v1')
  const hashKey = derive(key, 'onestop lookup hash v1')
  return {
    encrypt(plain: string): string {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return [
        'v1',
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        body.toString('base64'),
      ].join(':')
    },
    decrypt(sealed: string): string {
      const [version, iv, tag, body] = sealed.split(':')
      if (version !== 'v1' || !iv || !tag || !body) throw new Error('unknown ciphertext format')
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64'))
      decipher.setAuthTag(Buffer.from(tag, 'base64'))
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')
    },
    lookupHash: (value: string): string => createHmac('sha256', hashKey).update(value).digest('hex'),
  }
}
export type FieldCrypto = ReturnType<typeof fieldCrypto>

const byKey = new Map<string, FieldCrypto>()

/** The field crypto for a configured key, derived once. */
export function fieldCryptoFor(key: Buffer): FieldCrypto {
  const id = key.toString('base64')
  let crypto = byKey.get(id)
  if (!crypto) {
    crypto = fieldCrypto(key)
    byKey.set(id, crypto)
  }
  return crypto
}
