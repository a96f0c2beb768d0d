import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { isOverseer, type ServicePackage } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { SectionShell } from '../../../components/ui/section-shell'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCurrentUser } from '../../../lib/session-store'
import { useDeleteServicePackage } from '../api/delete-service-package'
import { useServicePackages } from '../api/list-service-packages'
import { FamilyAttendanceSummary } from './family-attendance-summary'
import { PackageForm } from './package-form'
import { PackageProgress } from './package-progress'

type Dialog = { pkgId?: string } | null

const byPersonThenService = (a: ServicePackage, b: ServicePackage) =>
  a.person.name.localeCompare(b.person.name) || a.service.name.localeCompare(b.service.name)

/**
 * The plan's service packages, planned against delivered and scheduled per person and service, and the
 * family's attendance. Those who manage the case add, change and remove packages.
 */
export const ServicePackagesSection = ({ familyId, canManage }: { familyId: string; canManage: boolean }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const packages = useServicePackages(familyId)
  const remove = useDeleteServicePackage(familyId)
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => setDialog(null)
  // Read from the list each time, so that reloading it after someone else's change edits the new version.
  const edited = dialog?.pkgId ? packages.data?.items.find((p) => p.id === dialog.pkgId) : undefined
  const mayHardCap = isOverseer(user)
  const mayTouch = (pkg: ServicePackage) => canManage && (pkg.cap === 'soft' || mayHardCap)

  return (
    <Stack component="section" aria-labelledby="service-packages-heading">
      <Group justify="space-between">
        <Title order={2} size="h4" id="service-packages-heading">
          {t('servicePackages.title')}
        </Title>
        {canManage ? (
          <Button variant="light" onClick={() => setDialog({})}>
            {t('servicePackages.add')}
          </Button>
        ) : null}
      </Group>
      <SectionShell
        query={packages}
        empty={{ when: (data) => data.items.length === 0, title: t('servicePackages.none') }}
      >
        {(data) => (
          <Table.ScrollContainer minWidth={960}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('servicePackages.person')}</Table.Th>
                  <Table.Th scope="col">{t('servicePackages.service')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('servicePackages.planned')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('servicePackages.delivered')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('servicePackages.scheduled')}
                  </Table.Th>
                  <Table.Th scope="col">{t('servicePackages.progressTitle')}</Table.Th>
                  <Table.Th scope="col">{t('servicePackages.cap')}</Table.Th>
                  {canManage ? <Table.Th scope="col">{t('servicePackages.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.items].sort(byPersonThenService).map((pkg) => {
                  const what = `${pkg.person.name}, ${pkg.service.name}`
                  return (
                    <Table.Tr key={pkg.id}>
                      <Table.Td>{pkg.person.name}</Table.Td>
                      <Table.Td>
                        {pkg.service.name}
                        {pkg.note ? (
                          <Text size="xs" c="dimmed" style={plainTextStyle}>
                            {pkg.note}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td ta="right">{pkg.plannedUnits}</Table.Td>
                      <Table.Td ta="right">{pkg.delivered}</Table.Td>
                      <Table.Td ta="right">{pkg.scheduled}</Table.Td>
                      <Table.Td>
                        <PackageProgress pkg={pkg} />
                      </Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          c={pkg.cap === 'hard' ? 'red' : undefined}
                          fw={pkg.cap === 'hard' ? 600 : undefined}
                        >
                          {t(`servicePackages.caps.${pkg.cap}`)}
                        </Text>
                      </Table.Td>
                      {canManage ? (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`${t('servicePackages.edit')}: ${what}`}
                              onClick={() => setDialog({ pkgId: pkg.id })}
                            >
                              {t('servicePackages.edit')}
                            </Button>
                            {mayTouch(pkg) ? (
                              <ConfirmButton
                                size="xs"
                                label={t('servicePackages.remove')}
                                aria-label={`${t('servicePackages.remove')}: ${what}`}
                                title={t('servicePackages.removeTitle')}
                                message={t('servicePackages.removeMessage', { what })}
                                confirmLabel={t('servicePackages.removeConfirm')}
                                keepLabel={t('servicePackages.keep')}
                                loading={remove.isPending}
                                onConfirm={() =>
                                  remove.mutateAsync(
                                    { packageId: pkg.id, version: pkg.version },
                                    {
                                      onSuccess: () => notifySuccess(t('servicePackages.removed')),
                                      onError: (error) => notifyError(error, t),
                                    },
                                  )
                                }
                              />
                            ) : null}
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionShell>
      <FamilyAttendanceSummary familyId={familyId} />
      <GuardedModal
        opened={dialog !== null}
        onClose={close}
        title={edited ? t('servicePackages.editTitle') : t('servicePackages.addTitle')}
      >
        {dialog ? (
          <PackageForm familyId={familyId} pkg={edited} mayHardCap={mayHardCap} onDone={close} />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
