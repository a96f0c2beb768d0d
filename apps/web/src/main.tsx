import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { languageReady } from './lib/i18n'

const root = document.getElementById('root')
if (!root) throw new Error('No #root element in index.html')

// An English reader's texts arrive before the first paint rather than after a Lithuanian one.
void languageReady().finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
