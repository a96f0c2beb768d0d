import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { currentLanguage, LANGUAGES } from '../../lib/i18n'

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => void i18n.changeLanguage(value)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: <span title={t(`language.${language}`)}>{language.toUpperCase()}</span>,
      }))}
    />
  )
}
