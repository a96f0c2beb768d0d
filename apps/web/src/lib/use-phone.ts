import { useMediaQuery } from '@mantine/hooks'

/** Whether the screen is a phone's (below Mantine's xs breakpoint, 36em), known from the first render on. */
export const usePhone = () => useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false })
