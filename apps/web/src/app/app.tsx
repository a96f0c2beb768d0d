import { useTranslation } from 'react-i18next'
import { BrowserRouter } from 'react-router'
import { AppRoutes } from './app-routes'
import { AppProvider } from './provider'
import { useHeadingTitle } from './use-heading-title'

const DocumentTitle = () => {
  const { t } = useTranslation()
  useHeadingTitle(t('app.name'))
  return null
}

export const App = () => (
  <AppProvider>
    <DocumentTitle />
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </AppProvider>
)
