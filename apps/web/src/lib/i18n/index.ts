import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LITHUANIAN_AREA_TEXTS, type TextArea } from './areas'
import { ltCore } from './lt-core'

export const LANGUAGES = ['lt', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'onestop.language'

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language)

const storedLanguage = (): Language => {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : 'lt'
  } catch {
    return 'lt'
  }
}

const applyLanguage = (language: string) => {
  document.documentElement.lang = language
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

export const i18n = i18next.createInstance()

// Lithuanian, the default and the fallback, loads its core with the app and each area's texts with the pages
// that show them (`loadAreaTexts`); English loads whole when it is first chosen. Both keep the first load small.
void i18n.use(initReactI18next).init({
  resources: { lt: { translation: ltCore } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: 'lt',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
})
document.documentElement.lang = i18n.language
i18n.on('languageChanged', applyLanguage)

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'lt')

/** Makes a language's texts available, fetching them the first time. */
export const loadLanguage = async (language: Language): Promise<void> => {
  if (language === 'lt' || i18n.hasResourceBundle(language, 'translation')) return
  const { en } = await import('./en')
  i18n.addResourceBundle('en', 'translation', en)
}

/** Switches the whole app to a language once its texts are there. */
export const switchLanguage = async (language: Language): Promise<void> => {
  await loadLanguage(language)
  await i18n.changeLanguage(language)
}

/** Resolves when the language the app starts in can be shown. */
export const languageReady = (): Promise<void> => switchLanguage(currentLanguage())

const areasLoading = new Map<TextArea, Promise<void>>()

/** Makes the Lithuanian texts of these areas available, fetching each the first time; English has them all. */
export const loadAreaTexts = async (areas: readonly TextArea[]): Promise<void> => {
  await Promise.all(
    areas.map((area) => {
      let loading = areasLoading.get(area)
      if (!loading) {
        loading = LITHUANIAN_AREA_TEXTS[area]().then(
          (texts) => {
            i18n.addResourceBundle('lt', 'translation', { [area]: texts }, true, true)
          },
          (error: unknown) => {
            // A failed fetch (offline for a moment) must not stay failed: the next visit tries again.
            areasLoading.delete(area)
            throw error
          },
        )
        areasLoading.set(area, loading)
      }
      return loading
    }),
  )
}
