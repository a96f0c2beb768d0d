import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useMemo, useState } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { i18n } from '../lib/i18n'
import { createQueryClient } from '../lib/query-client'
import { LocalisedDatesProvider } from './dates-provider'
import { createAppTheme, cssVariablesResolver } from './theme'

/** Mantine with the app's theme, whose unworded controls are named in the reader's language. */
const ThemedMantine = ({ children }: { children: ReactNode }) => {
  const { t, i18n: language } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change exactly with the language.
  const theme = useMemo(() => createAppTheme({ close: t('common.close') }), [language.language])
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  )
}

export const AppProvider = ({
  children,
  queryClient,
}: {
  children: ReactNode
  queryClient?: QueryClient
}) => {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedMantine>
        <Notifications position="bottom-right" />
        <LocalisedDatesProvider>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </LocalisedDatesProvider>
      </ThemedMantine>
    </I18nextProvider>
  )
}
