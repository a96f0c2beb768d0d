import { Group, Select } from '@mantine/core'
import { PROFESSIONS, type Profession } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { useSites } from '../../../reference/sites'

export interface MatrixFilterValues {
  siteId: string | null
  profession: Profession | null
}

const isProfession = (value: string | null): value is Profession => PROFESSIONS.includes(value as Profession)

/** Narrows the matrix to staff working at one site, or of one profession. */
export const MatrixFilters = ({
  value,
  onChange,
}: {
  value: MatrixFilterValues
  onChange: (value: MatrixFilterValues) => void
}) => {
  const { t } = useTranslation()
  const sites = useSites()
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <Select
        label={t('certifications.matrix.site')}
        placeholder={t('certifications.matrix.anySite')}
        clearable
        data={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
        value={value.siteId}
        onChange={(siteId) => onChange({ ...value, siteId })}
        w={260}
      />
      <Select
        label={t('certifications.matrix.profession')}
        placeholder={t('certifications.matrix.anyProfession')}
        clearable
        data={PROFESSIONS.map((profession) => ({ value: profession, label: t(`professions.${profession}`) }))}
        value={value.profession}
        onChange={(profession) =>
          onChange({ ...value, profession: isProfession(profession) ? profession : null })
        }
        w={260}
      />
    </Group>
  )
}
