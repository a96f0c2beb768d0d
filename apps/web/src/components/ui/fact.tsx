import { Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A labelled fact in a details panel: a small dimmed label above its value. */
export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  </div>
)
