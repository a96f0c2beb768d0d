import { Alert, Stack, Text } from '@mantine/core'
import type { CaseNote } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PagedSection } from '../../../components/ui/section-shell'
import { useCurrentUser } from '../../../lib/session-store'
import { useAnnotateNote } from '../api/annotate-note'
import { useNotes } from '../api/list-notes'
import { useUpdateNote } from '../api/update-note'
import { type NoteAction, NoteItem } from './note-item'
import { NoteTextForm } from './note-text-form'
import { NoteVersionsDrawer } from './note-versions-drawer'
import { NoteWriteForm } from './note-write-form'

type Dialog = { action: 'edit' | 'annotate'; note: CaseNote } | null

/** Annotations go under the note they correct; one whose note is not loaded yet stands on its own. */
const arrange = (notes: readonly CaseNote[]) => {
  const ids = new Set(notes.map((n) => n.id))
  const annotations = new Map<string, CaseNote[]>()
  const roots: CaseNote[] = []
  for (const note of notes) {
    if (note.annotatesId && ids.has(note.annotatesId)) {
      const list = annotations.get(note.annotatesId) ?? []
      annotations.set(
        note.annotatesId,
        [...list, note].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      )
    } else roots.push(note)
  }
  return { roots, annotations }
}

export const NotesTab = ({ familyId, canContribute }: { familyId: string; canContribute: boolean }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const notes = useNotes(familyId)
  const update = useUpdateNote(familyId)
  const annotate = useAnnotateNote(familyId)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [versionsOf, setVersionsOf] = useState<string | null>(null)
  const close = () => setDialog(null)
  const onAction = (action: NoteAction, note: CaseNote) =>
    action === 'versions' ? setVersionsOf(note.id) : setDialog({ action, note })

  return (
    <Stack>
      {canContribute ? (
        <NoteWriteForm familyId={familyId} />
      ) : (
        <Alert color="gray">{t('families.readOnlyRecords')}</Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('families.notes.noDelete')}
      </Text>
      <PagedSection query={notes} items={(page) => page.items} empty={{ title: t('families.notes.empty') }}>
        {(items) => {
          const { roots, annotations } = arrange(items)
          return (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {roots.map((note) => (
                <NoteItem
                  key={note.id}
                  note={note}
                  annotations={annotations.get(note.id) ?? []}
                  mayContribute={canContribute}
                  userId={user.id}
                  onAction={onAction}
                />
              ))}
            </Stack>
          )
        }}
      </PagedSection>
      <GuardedModal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={dialog?.action === 'edit' ? t('families.notes.editTitle') : t('families.notes.annotateTitle')}
      >
        {dialog?.action === 'edit' ? (
          <NoteTextForm
            initial={dialog.note.text}
            label={t('families.notes.text')}
            hint={t('families.notes.editHint')}
            submitLabel={t('common.save')}
            successMessage={t('families.notes.saved')}
            draftKey={`note-edit:${dialog.note.id}`}
            onDone={close}
            submit={(text) => update.mutateAsync({ noteId: dialog.note.id, text })}
          />
        ) : null}
        {dialog?.action === 'annotate' ? (
          <NoteTextForm
            label={t('families.notes.annotation')}
            hint={t('families.notes.annotateHint')}
            submitLabel={t('families.notes.annotate')}
            successMessage={t('families.notes.annotated')}
            draftKey={`note-annotation:${dialog.note.id}`}
            onDone={close}
            submit={(text) => annotate.mutateAsync({ noteId: dialog.note.id, text })}
          />
        ) : null}
      </GuardedModal>
      <NoteVersionsDrawer familyId={familyId} noteId={versionsOf} onClose={() => setVersionsOf(null)} />
    </Stack>
  )
}
