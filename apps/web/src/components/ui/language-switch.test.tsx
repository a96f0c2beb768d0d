import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useTranslation } from 'react-i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../../lib/i18n'
import { renderWithApp } from '../../test/render'
import { LanguageSwitch } from './language-switch'

const Greeting = () => {
  const { t } = useTranslation()
  return <p>{t('home.greeting', { name: 'Rūta' })}</p>
}

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    localStorage.clear()
    await i18n.changeLanguage('lt')
  })

  it('switches the visible text to English, updates <html lang> and remembers the choice', async () => {
    const user = userEvent.setup()
    renderWithApp(
      <>
        <LanguageSwitch />
        <Greeting />
      </>,
    )
    expect(screen.getByText('Sveiki, Rūta!')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('lt')

    await user.click(screen.getByText('EN'))

    expect(await screen.findByText('Hello, Rūta!')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('onestop.language')).toBe('en')

    await user.click(screen.getByText('LT'))
    expect(await screen.findByText('Sveiki, Rūta!')).toBeInTheDocument()
  })
})
