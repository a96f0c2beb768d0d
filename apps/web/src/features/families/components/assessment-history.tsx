import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { NEEDS_AREAS, type NeedsAssessment, type SeverityRating } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { formatDate, formatDay } from '../../../lib/format'
import { RATING_COLORS, RATING_WEIGHT, RatingBadge } from './records-labels'

/** The heaviest rating of an area's items; "don't know" only when nothing else is known. */
const worstOf = (ratings: SeverityRating[]): SeverityRating | null => {
  const known = ratings.filter((r) => r !== 'dont_know')
  if (known.length === 0) return ratings.length > 0 ? 'dont_know' : null
  return known.reduce((worst, r) => (RATING_WEIGHT[r] > RATING_WEIGHT[worst] ? r : worst))
}

const AreaBars = ({ assessment }: { assessment: NeedsAssessment }) => {
  const { t } = useTranslation()
  const rows = NEEDS_AREAS.flatMap((area) => {
    const worst = worstOf(assessment.items.filter((i) => i.area === area).map((i) => i.rating))
    return worst ? [{ area, worst }] : []
  })
  return (
    <Stack gap={6} aria-label={t('families.assessment.chart')}>
      {rows.map(({ area, worst }) => {
        const label = t('families.assessment.worst', {
          area: t(`families.areas.${area}`),
          rating: t(`families.ratings.${worst}`),
        })
        return (
          <Stack key={area} gap={2}>
            <Text size="xs">{label}</Text>
            <Progress
              value={Math.max(RATING_WEIGHT[worst] / 3, 0.04) * 100}
              color={RATING_COLORS[worst]}
              aria-label={label}
            />
          </Stack>
        )
      })}
    </Stack>
  )
}

const AssessmentCard = ({ assessment }: { assessment: NeedsAssessment }) => {
  const { t, i18n } = useTranslation()
  return (
    <Paper withBorder p="md" component="article">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {formatDay(assessment.assessedOn, i18n.language)}
        </Title>
        <Text size="sm" c="dimmed">
          {t('families.assessment.by', {
            name: assessment.author.name,
            date: formatDate(assessment.signedAt, i18n.language),
          })}
        </Text>
      </Group>
      <Text size="sm" fw={600}>
        {t('families.assessment.strengths')}
      </Text>
      <Text size="sm" mb="xs" style={plainTextStyle}>
        {assessment.strengths}
      </Text>
      {assessment.summary ? (
        <>
          <Text size="sm" fw={600}>
            {t('families.assessment.summary')}
          </Text>
          <Text size="sm" mb="xs" style={plainTextStyle}>
            {assessment.summary}
          </Text>
        </>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Table.ScrollContainer minWidth={480} style={{ gridColumn: 'span 2' }}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('families.assessment.area')}</Table.Th>
                <Table.Th scope="col">{t('families.assessment.item')}</Table.Th>
                <Table.Th scope="col">{t('families.assessment.rating')}</Table.Th>
                <Table.Th scope="col">{t('families.assessment.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...assessment.items]
                .sort((a, b) => NEEDS_AREAS.indexOf(a.area) - NEEDS_AREAS.indexOf(b.area))
                .map((item) => (
                  <Table.Tr key={`${item.area}-${assessment.items.indexOf(item)}`}>
                    <Table.Td>{t(`families.areas.${item.area}`)}</Table.Td>
                    <Table.Td style={plainTextStyle}>{item.item}</Table.Td>
                    <Table.Td>
                      <RatingBadge rating={item.rating} />
                    </Table.Td>
                    <Table.Td style={plainTextStyle}>{item.note ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <AreaBars assessment={assessment} />
      </SimpleGrid>
    </Paper>
  )
}

export const AssessmentHistory = ({ assessments }: { assessments: NeedsAssessment[] }) => (
  <Stack>
    {assessments.map((assessment) => (
      <AssessmentCard key={assessment.id} assessment={assessment} />
    ))}
  </Stack>
)
