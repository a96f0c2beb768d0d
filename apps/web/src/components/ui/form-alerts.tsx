import { Alert, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FormShellState } from '../../lib/form-shell'
import { formatTime } from '../../lib/format'
import { problemMessage } from '../../lib/problem-message'

/** Says the form opened with a draft typed earlier, and offers to discard it. */
export const DraftNotice = <Values,>({ shell: { draft } }: { shell: FormShellState<Values> }) => {
  const { t, i18n } = useTranslation()
  return draft.restoredAt ? (
    <Alert color="blue" role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('forms.draftRestored', { time: formatTime(draft.restoredAt, i18n.language) })}
        </Text>
        <Button variant="subtle" size="xs" onClick={draft.discard}>
          {t('forms.discardDraft')}
        </Button>
      </Group>
    </Alert>
  ) : null
}

/** A form's refusal, or the offer to reload a record someone else changed. */
export const FormProblem = <Values,>({ shell }: { shell: FormShellState<Values> }) => {
  const { t } = useTranslation()
  const { problem, stale, reload, reloaded, problemTitle } = shell
  return (
    <>
      {reloaded ? (
        <Alert color="blue" role="status">
          {t('forms.reloaded')}
        </Alert>
      ) : null}
      {problem ? (
        <Alert
          color="red"
          role="alert"
          title={stale ? t('forms.staleTitle') : (problemTitle ?? t('forms.problemTitle'))}
        >
          {reload ? t('forms.staleMessage') : problemMessage(problem, t)}
          {reload ? (
            <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={reload}>
              {t('forms.reload')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </>
  )
}
