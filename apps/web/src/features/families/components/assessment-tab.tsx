import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { useAssessments } from '../api/list-assessments'
import { AssessmentForm } from './assessment-form'
import { AssessmentHistory } from './assessment-history'

export const AssessmentTab = ({ familyId, canContribute }: { familyId: string; canContribute: boolean }) => {
  const { t } = useTranslation()
  const assessments = useAssessments(familyId)
  const [writing, setWriting] = useState(false)

  return (
    <Stack>
      {!canContribute ? (
        <Alert color="gray">{t('families.readOnlyRecords')}</Alert>
      ) : writing ? (
        <Paper withBorder p="md" component="section" aria-labelledby="assessment-form-heading">
          <Title order={2} size="h4" mb="sm" id="assessment-form-heading">
            {t('families.assessment.formTitle')}
          </Title>
          <AssessmentForm
            familyId={familyId}
            onDone={() => setWriting(false)}
            onCancel={() => setWriting(false)}
          />
        </Paper>
      ) : (
        <Group>
          <Button onClick={() => setWriting(true)}>{t('families.assessment.record')}</Button>
        </Group>
      )}
      <Title order={2} size="h4">
        {t('families.assessment.history')}
      </Title>
      <SectionShell
        query={assessments}
        empty={{ when: (data) => data.items.length === 0, title: t('families.assessment.empty') }}
      >
        {(data) => <AssessmentHistory assessments={data.items} />}
      </SectionShell>
    </Stack>
  )
}
