import { Badge, Button, Group, Table, Text } from '@mantine/core'
import type { Service } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { serviceName } from '../../../reference/services'
import { ServiceActiveButton } from './service-active-button'

/** The catalogue; editors also get "Edit" and retire/reactivate on each row. */
export const CatalogueTable = ({
  services,
  onEdit,
}: {
  services: readonly Service[]
  /** Absent for readers. */
  onEdit?: (service: Service) => void
}) => {
  const { t, i18n } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover aria-label={t('servicesAdmin.catalogue.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.code')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.catalogueCode')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.name')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.mode')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.professions')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('servicesAdmin.catalogue.duration')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('servicesAdmin.catalogue.capacity')}
            </Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.methodology')}</Table.Th>
            <Table.Th scope="col">{t('servicesAdmin.catalogue.status')}</Table.Th>
            {onEdit ? <Table.Th scope="col">{t('servicesAdmin.catalogue.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => {
            const name = serviceName(service, i18n.language)
            return (
              <Table.Tr key={service.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {service.code}
                  </Text>
                </Table.Td>
                <Table.Td>{service.catalogueCode ?? '—'}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>{t(`servicesAdmin.modes.${service.mode}`)}</Table.Td>
                <Table.Td>{service.professions.map((p) => t(`professions.${p}`)).join(', ')}</Table.Td>
                <Table.Td ta="right">
                  {t('servicesAdmin.catalogue.minutes', { n: service.defaultDurationMinutes })}
                </Table.Td>
                <Table.Td ta="right">{service.defaultCapacity ?? '—'}</Table.Td>
                <Table.Td>{service.methodology?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge color={service.active ? 'teal' : 'gray'} variant="light">
                    {t(
                      service.active ? 'servicesAdmin.catalogue.active' : 'servicesAdmin.catalogue.inactive',
                    )}
                  </Badge>
                </Table.Td>
                {onEdit ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => onEdit(service)}
                        aria-label={t('servicesAdmin.service.editNamed', { name })}
                      >
                        {t('servicesAdmin.service.edit')}
                      </Button>
                      <ServiceActiveButton service={service} name={name} />
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
