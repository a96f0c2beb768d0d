import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useHeadingTitle } from './use-heading-title'

const Page = ({ heading }: { heading?: string }) => {
  useHeadingTitle('One Stop')
  return <main>{heading ? <h1>{heading}</h1> : <p>…</p>}</main>
}

describe('useHeadingTitle', () => {
  it("names the document after the page's heading and follows it when it changes", async () => {
    const { rerender } = render(<Page heading="Šeimos" />)
    expect(document.title).toBe('Šeimos · One Stop')
    rerender(<Page heading="Families" />)
    await waitFor(() => expect(document.title).toBe('Families · One Stop'))
  })

  it("is the app's name while the page has no heading yet", () => {
    render(<Page />)
    expect(document.title).toBe('One Stop')
  })
})
