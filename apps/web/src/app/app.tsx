import { useTranslation } from 'react-i18next'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { UnsavedChangesGuard } from '../components/ui/unsaved-changes-guard'
import { AppRoutes } from './app-routes'
import { AppProvider } from './provider'
import { useHeadingTitle } from './use-heading-title'

const DocumentTitle = () => {
  const { t } = useTranslation()
  useHeadingTitle(t('app.name'))
  return null
}

// A data router, so that leaving a form with unsaved changes can be asked about (`useBlocker`).
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <>
        <UnsavedChangesGuard />
        <AppRoutes />
      </>
    ),
  },
])

export const App = () => (
  <AppProvider>
    <DocumentTitle />
    <RouterProvider router={router} />
  </AppProvider>
)
