import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { answerTimer } from './answer-timer'

/** How long is left to answer, or in red how long the answer is overdue. */
export const AnswerTimerText = ({ answerDueAt, now }: { answerDueAt: string; now: Date }) => {
  const { t } = useTranslation()
  const timer = answerTimer(answerDueAt, now, t)
  return (
    <Text size="sm" c={timer.overdue ? 'red.9' : undefined} fw={timer.overdue ? 600 : undefined} span>
      {timer.text}
    </Text>
  )
}
