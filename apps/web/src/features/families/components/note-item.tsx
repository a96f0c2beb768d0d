import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { CaseNote } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { formatDateTime } from '../../../lib/format'

export type NoteAction = 'edit' | 'annotate' | 'versions'

const NoteHead = ({ note }: { note: CaseNote }) => {
  const { t, i18n } = useTranslation()
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {note.author.name}
      </Text>
      <Text size="sm" c="dimmed">
        {formatDateTime(note.createdAt, i18n.language)}
      </Text>
      <Badge size="sm" variant="light" color={note.visibility === 'team' ? 'blue' : 'grape'}>
        {t(`families.visibilities.${note.visibility}`)}
      </Badge>
      {note.version > 1 ? (
        <Badge size="sm" variant="outline" color="gray">
          {t('families.notes.edited')}
        </Badge>
      ) : null}
    </Group>
  )
}

/** A note with its annotations underneath; the actions offered depend on who reads it. No delete. */
export const NoteItem = ({
  note,
  annotations,
  mayContribute,
  userId,
  onAction,
}: {
  note: CaseNote
  annotations: readonly CaseNote[]
  mayContribute: boolean
  userId: string
  onAction: (action: NoteAction, note: CaseNote) => void
}) => {
  const { t } = useTranslation()
  const actions = (item: CaseNote, annotation: boolean) => (
    <Group gap="xs">
      {item.version > 1 ? (
        <Button size="compact-xs" variant="subtle" onClick={() => onAction('versions', item)}>
          {t('families.notes.versions')}
        </Button>
      ) : null}
      {mayContribute && item.author.id === userId ? (
        <Button size="compact-xs" variant="subtle" onClick={() => onAction('edit', item)}>
          {t('families.notes.edit')}
        </Button>
      ) : null}
      {mayContribute && !annotation ? (
        <Button size="compact-xs" variant="subtle" onClick={() => onAction('annotate', item)}>
          {t('families.notes.annotate')}
        </Button>
      ) : null}
    </Group>
  )
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <NoteHead note={note} />
        {note.annotatesId ? (
          <Text size="xs" c="orange">
            {t('families.notes.annotationOf')}
          </Text>
        ) : null}
        <Text size="sm" style={plainTextStyle}>
          {note.text}
        </Text>
        {actions(note, note.annotatesId !== null)}
        {annotations.length > 0 ? (
          <Stack gap="xs" ml="lg" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-orange-4)' }}>
            {annotations.map((a) => (
              <Stack key={a.id} gap={4} role="note" aria-label={t('families.notes.annotation')}>
                <Group gap="xs">
                  <Badge size="sm" color="orange" variant="light">
                    {t('families.notes.annotation')}
                  </Badge>
                  <NoteHead note={a} />
                </Group>
                <Text size="sm" style={plainTextStyle}>
                  {a.text}
                </Text>
                {actions(a, true)}
              </Stack>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  )
}
