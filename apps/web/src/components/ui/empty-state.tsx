import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export interface EmptyStateProps {
  title: string
  hint?: ReactNode
  action?: ReactNode
}

export const EmptyState = ({ title, hint, action }: EmptyStateProps) => (
  <Stack align="center" gap="xs" py="xl">
    <Text fw={600}>{title}</Text>
    {hint ? (
      <Text c="dimmed" size="sm">
        {hint}
      </Text>
    ) : null}
    {action ?? null}
  </Stack>
)
