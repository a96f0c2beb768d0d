import { createTheme, MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { i18n } from '../lib/i18n'
import { createQueryClient } from '../lib/query-client'
import { LocalisedDatesProvider } from './dates-provider'

const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Keep the focus ring on keyboard navigation for every control.
  focusRing: 'auto',
})

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
      <MantineProvider theme={theme}>
        <Notifications position="bottom-right" />
        <LocalisedDatesProvider>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </LocalisedDatesProvider>
      </MantineProvider>
    </I18nextProvider>
  )
}
