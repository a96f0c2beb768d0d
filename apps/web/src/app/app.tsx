import { BrowserRouter } from 'react-router'
import { AppRoutes } from './app-routes'
import { AppProvider } from './provider'

export const App = () => (
  <AppProvider>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </AppProvider>
)
