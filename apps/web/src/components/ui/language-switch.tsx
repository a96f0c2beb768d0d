import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { currentLanguage, LANGUAGES, type Language, switchLanguage } from '../../lib/i18n'

export const LanguageSwitch = () => {
  const { t } = useTranslation()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => void switchLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: <span title={t(`language.${language}`)}>{language.toUpperCase()}</span>,
      }))}
    />
  )
}
