import { Drawer, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useNoteVersions } from '../api/list-note-versions'

/** Every version of a note, oldest first: an edit never loses the earlier text. */
export const NoteVersionsDrawer = ({
  familyId,
  noteId,
  onClose,
}: {
  familyId: string
  noteId: string | null
  onClose: () => void
}) => {
  const { t, i18n } = useTranslation()
  const versions = useNoteVersions(familyId, noteId ?? '', noteId !== null)
  return (
    <Drawer
      opened={noteId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('families.notes.versionsTitle')}
    >
      <SectionShell query={versions}>
        {(data) => (
          <Stack component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.items.map((v) => (
              <Paper key={v.version} withBorder p="sm" component="li">
                <Text size="sm" fw={600}>
                  {t('families.notes.versionN', { n: v.version })}
                </Text>
                <Text size="xs" c="dimmed" mb={4}>
                  {v.editedBy.name} · {formatDateTime(v.editedAt, i18n.language)}
                </Text>
                <Text size="sm" style={plainTextStyle}>
                  {v.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </SectionShell>
    </Drawer>
  )
}
