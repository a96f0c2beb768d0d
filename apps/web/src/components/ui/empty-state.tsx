import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
  <Stack align="center" gap="xs" py="xl">
    <Text fw={600}>{title}</Text>
    {children ? (
      <Text c="dimmed" size="sm">
        {children}
      </Text>
    ) : null}
  </Stack>
)
