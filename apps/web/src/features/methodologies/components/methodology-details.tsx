import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import type { Methodology } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Fact } from '../../../components/ui/fact'
import { formatRate } from '../../../lib/format'
import { enrolmentRulesSentence } from './enrolment-rules-sentence'
import { groupSizeText, sessionsText, validityText } from './methodology-facts'

const Instruments = ({ methodology }: { methodology: Methodology }) => {
  const { t } = useTranslation()
  if (methodology.outcomeInstruments.length === 0)
    return <Text size="sm">{t('methodologies.instruments.none')}</Text>
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-labelledby="methodology-instruments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('methodologies.instruments.name')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.instruments.range')}</Table.Th>
            <Table.Th scope="col">{t('methodologies.instruments.better')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {methodology.outcomeInstruments.map((instrument) => (
            <Table.Tr key={instrument.id}>
              <Table.Th scope="row" fw={500}>
                {instrument.name}
              </Table.Th>
              <Table.Td>
                {instrument.scoreMin}–{instrument.scoreMax}
              </Table.Td>
              <Table.Td>
                {t(
                  instrument.higherIsBetter
                    ? 'methodologies.instruments.higher'
                    : 'methodologies.instruments.lower',
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Everything the catalogue says of one methodology: the programme, who it is for, how one is certified. */
export const MethodologyDetails = ({ methodology }: { methodology: Methodology }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack>
      <Text style={{ whiteSpace: 'pre-line' }}>{methodology.shortDescription}</Text>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <Fact label={t('methodologies.fields.targetGroup')}>{methodology.targetGroup}</Fact>
          <Fact label={t('methodologies.fields.format')}>
            {t(`methodologies.formats.${methodology.format}`)}
          </Fact>
          <Fact label={t('methodologies.fields.sessions')}>{sessionsText(methodology, t)}</Fact>
          <Fact label={t('methodologies.fields.maxGroupSize')}>
            {groupSizeText(methodology.maxGroupSize, t)}
          </Fact>
          <Fact label={t('methodologies.fields.facilitatorsPerGroup')}>
            {methodology.facilitatorsPerGroup}
          </Fact>
          <Fact label={t('methodologies.fields.completionShare')}>
            {t('methodologies.facts.completion', {
              share: formatRate(methodology.completionShare, i18n.language),
            })}
          </Fact>
        </SimpleGrid>
      </Paper>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('methodologies.sections.enrolment')}
        </Title>
        <Text>{enrolmentRulesSentence(methodology.enrolmentRules, t)}</Text>
      </Stack>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('methodologies.sections.certification')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{methodology.certificationPath}</Text>
        <Text size="sm" c="dimmed">
          {t('methodologies.facts.validFor', {
            validity: validityText(methodology.certificationValidityMonths, t),
          })}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Title order={2} size="h4" id="methodology-instruments">
          {t('methodologies.sections.instruments')}
        </Title>
        <Instruments methodology={methodology} />
      </Stack>
    </Stack>
  )
}
