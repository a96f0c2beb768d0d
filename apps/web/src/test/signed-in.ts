import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { i18n } from '../lib/i18n'
import { type CurrentUser, sessionStore } from '../lib/session-store'
import { sessionFor } from './fixtures'

/** Each test of the file runs signed in as `user`, in Lithuanian, and leaves no session or screen behind. */
export function signedInForEachTest(user: CurrentUser, language: 'lt' | 'en' = 'lt') {
  beforeEach(async () => {
    await i18n.changeLanguage(language)
    sessionStore.setSession(sessionFor('token', user))
  })
  afterEach(() => {
    cleanup()
    sessionStore.reset()
  })
}
