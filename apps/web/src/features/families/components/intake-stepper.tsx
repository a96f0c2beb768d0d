import { Button, Group, Stack, Stepper } from '@mantine/core'
import { useForm } from '@mantine/form'
import { type Family, isRiskFactor } from '@onestop/contracts'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DraftNotice, FormProblem } from '../../../components/ui/form-alerts'
import { useFormShell } from '../../../lib/form-shell'
import { useIntakeFamily } from '../api/intake-family'
import {
  isRecipientGroup,
  isReferralSource,
  required,
  serverFieldErrors,
  validatePastDate,
} from './family-validation'
import {
  type IntakeValues,
  MembersStep,
  newIntakeMember,
  ReferralStep,
  ReviewStep,
  RisksStep,
} from './intake-steps'
import { memberErrors, newMemberBody } from './member-values'
import { municipalityBody, validateMunicipality } from './municipality-field'

const REVIEW_STEP = 3

/** The step a server field error belongs to, so the user is taken where to fix it. */
const stepOfField = (path: string): number => {
  if (path.startsWith('members')) return 2
  if (path.startsWith('riskFactors') || path.startsWith('recipientGroups')) return 1
  return 0
}

export const IntakeStepper = ({ onCreated }: { onCreated: (family: Family) => void }) => {
  const { t } = useTranslation()
  const intake = useIntakeFamily()
  const [step, setStep] = useState(0)
  // The form validates the fields of the step in view; on the review step, all of them.
  const stepRef = useRef(0)
  stepRef.current = step

  const form = useForm<IntakeValues>({
    initialValues: {
      municipality: '',
      municipalityOther: '',
      referralSource: null,
      referredAt: '',
      violenceOrDangerReported: false,
      riskFactors: [],
      recipientGroups: [],
      members: [newIntakeMember()],
    },
    validate: (values) => {
      const current = stepRef.current
      const errors: Record<string, string | null> = {}
      if (current === 0 || current === REVIEW_STEP) {
        Object.assign(errors, validateMunicipality(t, values))
        errors.referralSource = required(t)(values.referralSource)
        errors.referredAt = validatePastDate(t, true)(values.referredAt)
      }
      if (current === 2 || current === REVIEW_STEP) {
        values.members.forEach((member, index) => {
          for (const [field, error] of Object.entries(memberErrors(member, t)))
            errors[`members.${index}.${field}`] = error
        })
      }
      return errors
    },
  })

  const shell = useFormShell({
    form,
    submit: (values) => {
      const referralSource = isReferralSource(values.referralSource) ? values.referralSource : 'other'
      return intake.mutateAsync({
        ...municipalityBody(values),
        referralSource,
        ...(values.referredAt ? { referredAt: values.referredAt } : {}),
        violenceOrDangerReported:
          referralSource === 'child_rights_service' && values.violenceOrDangerReported,
        riskFactors: values.riskFactors.filter(isRiskFactor),
        recipientGroups: values.recipientGroups.filter(isRecipientGroup),
        members: values.members.map(newMemberBody),
      })
    },
    successMessage: (family) => t('families.intake.created', { code: family?.referenceCode }),
    onSaved: (family) => family && onCreated(family),
    // The draft covers every step. Personal codes are left out of it: a draft lies in plain localStorage,
    // and a personal code must never be stored there; the rest of the intake is kept.
    draftKey: 'intake:new',
    toDraft: (values) => ({
      ...values,
      members: values.members.map((member) => ({ ...member, personalCode: '' })),
    }),
    onRefused: (error) => {
      const errors = serverFieldErrors(error)
      const paths = Object.keys(errors)
      if (paths.length === 0) return false
      form.setErrors(errors)
      setStep(Math.min(...paths.map(stepOfField)))
      return true
    },
  })

  const next = () => {
    if (!form.validate().hasErrors) setStep((s) => Math.min(s + 1, REVIEW_STEP))
  }

  const submit = () => {
    if (!form.validate().hasErrors) void shell.send(form.getValues())
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (step === REVIEW_STEP) submit()
        else next()
      }}
    >
      <DraftNotice shell={shell} />
      <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} size="sm">
        <Stepper.Step
          label={t('families.intake.steps.referral')}
          description={t('families.intake.steps.referralHint')}
        >
          <ReferralStep form={form} />
        </Stepper.Step>
        <Stepper.Step
          label={t('families.intake.steps.risks')}
          description={t('families.intake.steps.risksHint')}
        >
          <RisksStep form={form} />
        </Stepper.Step>
        <Stepper.Step
          label={t('families.intake.steps.members')}
          description={t('families.intake.steps.membersHint')}
        >
          <MembersStep form={form} />
        </Stepper.Step>
        <Stepper.Step
          label={t('families.intake.steps.review')}
          description={t('families.intake.steps.reviewHint')}
        >
          <ReviewStep form={form} />
        </Stepper.Step>
      </Stepper>
      <Stack mt="xl">
        <FormProblem shell={shell} />
        <Group justify="flex-end">
          {step > 0 ? (
            <Button variant="default" onClick={() => setStep((s) => s - 1)}>
              {t('families.intake.back')}
            </Button>
          ) : null}
          {step < REVIEW_STEP ? (
            <Button type="submit">{t('families.intake.next')}</Button>
          ) : (
            <Button type="submit" loading={shell.pending}>
              {t('families.intake.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
