export interface VerifyWebhookInput {
  secret: string
  headers: Record<string, string | string[] | undefined>
  body: string | Buffer
  now?: Date
  toleranceSeconds?: number
}

export type VerifyWebhookResult = { ok: true; event: unknown } | { ok: false; reason: string }

export function verifyWebhook(input: VerifyWebhookInput): VerifyWebhookResult
