import { Button, Group, Text } from '@mantine/core'
import type { Completion, TrainingParticipant } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useRecordCompletion } from '../api/participant-changes'

/**
 * A participant's completion: buttons until it is recorded as completed, then the certification completing
 * created or renewed, if any.
 */
export const CompletionCell = ({
  trainingId,
  participant,
  canRecord,
}: {
  trainingId: string
  participant: TrainingParticipant
  canRecord: boolean
}) => {
  const { t } = useTranslation()
  const record = useRecordCompletion(trainingId)
  const { certification } = participant
  if (participant.status === 'withdrawn')
    return <Text size="sm">{t('trainings.participants.withdrawn')}</Text>
  const recorded = participant.completion ? (
    <Text size="sm">{t(`trainings.completions.${participant.completion}`)}</Text>
  ) : null
  if (participant.completion === 'completed' || !canRecord)
    return (
      <>
        {recorded}
        {certification ? (
          <Text size="sm" fw={600}>
            {t(
              certification.renewal ? 'trainings.participants.renewed' : 'trainings.participants.certified',
              {
                level: t(`trainings.levels.${certification.level}`),
                from: certification.certifiedOn,
                until: certification.validUntil,
              },
            )}
          </Text>
        ) : null}
      </>
    )
  const send = (completion: Completion) =>
    record.mutate(
      { participantId: participant.id, completion },
      {
        onSuccess: () => notifySuccess(t('trainings.participants.completionSaved')),
        onError: (error) => notifyError(error, t),
      },
    )
  return (
    <Group gap="xs">
      {recorded}
      <Button
        size="xs"
        loading={record.isPending}
        aria-label={t('trainings.participants.markCompleted', { name: participant.name })}
        onClick={() => send('completed')}
      >
        {t('trainings.completions.completed')}
      </Button>
      {participant.completion === null ? (
        <Button
          size="xs"
          variant="default"
          disabled={record.isPending}
          aria-label={t('trainings.participants.markNotCompleted', { name: participant.name })}
          onClick={() => send('not_completed')}
        >
          {t('trainings.completions.not_completed')}
        </Button>
      ) : null}
    </Group>
  )
}
