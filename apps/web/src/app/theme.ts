import { type CSSVariablesResolver, createTheme, darken, lighten, luminance } from '@mantine/core'
import classes from './theme.module.css'

// WCAG 2.2 AA asks 4.5:1 for normal text.
const TARGET_CONTRAST = 4.5
// Light badges, alerts and buttons are the colour at 10% (12% when hovered) over white or a pale grey row:
// text that reads on a 20% tint reads on all of them.
const PALEST_TINT = 0.8
const WHITE = '#ffffff'

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The colour, darkened in small steps until text in it reads on the background at the target contrast. */
const readableOn = (color: string, background: string) => {
  let step = 0
  while (contrast(darken(color, step), background) < TARGET_CONTRAST && step < 0.9) step += 0.05
  return darken(color, step)
}

// The darkest shade: filled buttons and badges are shade 9, and autoContrast writes black on the light ones
// (yellow, lime, orange, green), white on the rest.
const PRIMARY_SHADE = 9
// At this luminance white and black text both reach about 4.58:1, so whichever autoContrast picks passes AA
// (Mantine's default of 0.3 put white on orange and green at 4.3:1).
const LUMINANCE_THRESHOLD = 0.179

/** Names of the controls Mantine draws without words (the × of dialogs, drawers, alerts and notifications). */
export interface ThemeLabels {
  close: string
}

export const createAppTheme = ({ close }: ThemeLabels) =>
  createTheme({
    primaryColor: 'indigo',
    primaryShade: PRIMARY_SHADE,
    autoContrast: true,
    luminanceThreshold: LUMINANCE_THRESHOLD,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    // Keep the focus ring on keyboard navigation for every control.
    focusRing: 'auto',
    components: {
      // Links are underlined, not told from the text around them by colour alone.
      Anchor: { defaultProps: { underline: 'always' } },
      Modal: {
        defaultProps: { closeButtonProps: { 'aria-label': close } },
        classNames: { root: classes.modalRoot, content: classes.modalContent, inner: classes.modalInner },
      },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
      CloseButton: { defaultProps: { 'aria-label': close } },
      Alert: { defaultProps: { closeButtonLabel: close } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
      // Statuses and roles are read whole ("Apgyvendinimo darbuotojas", not "APGYVENDINIMO DARBUOT…"): in
      // sentence case, wrapping onto a second line in a narrow column instead of being cut off.
      Badge: {
        styles: {
          root: { textTransform: 'none', height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
          label: { whiteSpace: 'normal', overflow: 'visible' },
        },
      },
      // Loaders are named ("Loading…"), which a plain element may not carry: they are images of the waiting.
      Loader: { defaultProps: { role: 'img' } },
      // A table wider than the screen scrolls inside its own container, which keyboard users must be able to
      // focus to scroll it; the native overflow makes that container the one that scrolls.
      TableScrollContainer: {
        defaultProps: { type: 'native', tabIndex: 0 },
        // Positioned, so visually hidden cell texts (absolutely placed) scroll with it rather than widen the page.
        styles: { scrollContainer: { position: 'relative' } },
      },
    },
  })

/**
 * Mantine's light-scheme text colours are shade 6 (3.3:1 grey, 3.3:1 red, 2.2:1 green on a light badge): every
 * colour's text, light-variant and outline colours become its shade 9, darkened further where even that does
 * not read on the pale background light badges and alerts sit on.
 */
export const cssVariablesResolver: CSSVariablesResolver = ({ colors }) => {
  const light: Record<string, string> = {}
  for (const [name, shades] of Object.entries(colors)) {
    const shade = shades[PRIMARY_SHADE] ?? shades[shades.length - 1] ?? WHITE
    const paleBackground = lighten(shade, PALEST_TINT)
    const text = readableOn(shade, paleBackground)
    light[`--mantine-color-${name}-text`] = text
    light[`--mantine-color-${name}-light-color`] = text
    light[`--mantine-color-${name}-outline`] = text
  }
  // Dimmed helper text also sits on the grey of striped rows and pale cards.
  light['--mantine-color-dimmed'] = readableOn(colors.gray[6], colors.gray[2])
  light['--mantine-color-error'] = 'var(--mantine-color-red-text)'
  light['--mantine-color-anchor'] = 'var(--mantine-color-indigo-text)'
  return { variables: {}, light, dark: {} }
}
