import type { Partnership } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
import { useEndPartnership } from '../api/end-partnership'

/** The API's rule: at least 10 characters of text. */
const MIN_REASON = 10

export const EndForm = ({
  partnership,
  organisationName,
  onDone,
}: {
  partnership: Partnership
  organisationName: string
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const end = useEndPartnership()
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <ReasonForm
      label={t('partnerships.reason')}
      description={t('partnerships.endHint')}
      submitLabel={t('partnerships.endConfirm')}
      keepLabel={t('partnerships.endKeep')}
      minLength={MIN_REASON}
      pending={end.isPending}
      alert={problem}
      onCancel={onDone}
      onSubmit={(reason, form) => {
        setProblem(null)
        end.mutate(
          { partnershipId: partnership.id, reason },
          {
            onSuccess: () => {
              notifySuccess(t('partnerships.ended', { name: organisationName }))
              onDone()
            },
            onError: (error) => {
              if (!applyFormErrors(form, error)) setProblem(problemMessage(error, t))
            },
          },
        )
      }}
    />
  )
}
