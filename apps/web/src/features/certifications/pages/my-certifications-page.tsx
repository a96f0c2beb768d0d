import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { useMyCertifications } from '../api/list-my-certifications'
import { CertificationsTable } from '../components/certifications-table'

/** Every staff member's own certifications, revoked ones too, to see what they may deliver and until when. */
export const MyCertificationsPage = () => {
  const { t } = useTranslation()
  const mine = useMyCertifications()
  return (
    <Stack gap={0}>
      <PageHeader title={t('certifications.mine.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('certifications.mine.intro')}
      </Text>
      <SectionShell
        query={mine}
        loadingRows
        empty={{ title: t('certifications.mine.empty'), when: (data) => data.items.length === 0 }}
      >
        {(data) => (
          <CertificationsTable
            certifications={data.items}
            label={t('certifications.mine.title')}
            showStaff={false}
          />
        )}
      </SectionShell>
    </Stack>
  )
}
