import { useEffect } from 'react'

/**
 * Keeps the document's title to the page's level-one heading and the app's name, in the reader's language:
 * the heading is watched, so every page and every language switch renames the tab without each page saying so.
 */
export const useHeadingTitle = (appName: string) => {
  useEffect(() => {
    const rename = () => {
      const heading = document.body.querySelector('h1')?.textContent?.trim()
      const title = heading ? `${heading} · ${appName}` : appName
      if (document.title !== title) document.title = title
    }
    rename()
    const observer = new MutationObserver(rename)
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    return () => observer.disconnect()
  }, [appName])
}
