import { DEFAULT_THEME, getContrastColor, lighten, luminance, mergeMantineTheme } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { createAppTheme, cssVariablesResolver } from './theme'

const WCAG_AA = 4.5
const WHITE = '#ffffff'
const BLACK = '#000000'

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme({ close: 'Close' }))
const { light } = cssVariablesResolver(theme)
const shade = (name: string) => theme.colors[name]?.[9] ?? ''
const colourNames = Object.keys(theme.colors)

describe('the theme', () => {
  it.each(colourNames)(
    'writes %s text that reads on white and on its light badges, buttons and alerts, hovered too',
    (name) => {
      const text = light[`--mantine-color-${name}-light-color`] ?? ''
      expect(contrast(text, WHITE)).toBeGreaterThanOrEqual(WCAG_AA)
      expect(contrast(text, lighten(shade(name), 0.8))).toBeGreaterThanOrEqual(WCAG_AA)
      expect(light[`--mantine-color-${name}-text`]).toBe(text)
      expect(light[`--mantine-color-${name}-outline`]).toBe(text)
    },
  )

  it.each(colourNames)('puts readable text on filled %s buttons and badges', (name) => {
    const onFilled = getContrastColor({ color: name, theme, autoContrast: true })
    const textColour = onFilled.includes('black') ? BLACK : WHITE
    expect(contrast(textColour, shade(name))).toBeGreaterThanOrEqual(WCAG_AA)
  })

  it('writes dimmed helper text that reads on white and on pale grey', () => {
    const dimmed = light['--mantine-color-dimmed'] ?? ''
    expect(contrast(dimmed, WHITE)).toBeGreaterThanOrEqual(WCAG_AA)
    expect(contrast(dimmed, theme.colors.gray[2])).toBeGreaterThanOrEqual(WCAG_AA)
  })
})
