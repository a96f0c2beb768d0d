import { Button, Group, Table } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { AffectedBooking } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PagedSection } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useAbsences, useDeleteAbsence } from '../api/absences'
import { AbsenceForm } from './absence-form'
import { AffectedBookingsAlert } from './affected-bookings-alert'

/** A staff member's absences, latest first; editors add and remove them. */
export const AbsencesPanel = ({ userId, editable }: { userId: string; editable: boolean }) => {
  const { t, i18n } = useTranslation()
  const absences = useAbsences(userId)
  const remove = useDeleteAbsence(userId)
  const [adding, { open, close }] = useDisclosure(false)
  const [affected, setAffected] = useState<AffectedBooking[]>([])
  const when = (iso: string) => formatDateTime(iso, i18n.language)

  return (
    <>
      <AffectedBookingsAlert
        bookings={affected}
        title={t('servicesAdmin.affected.absenceTitle')}
        onClose={() => setAffected([])}
      />
      {editable ? (
        <Group mb="sm">
          <Button onClick={open}>{t('servicesAdmin.absences.new')}</Button>
        </Group>
      ) : null}
      <PagedSection
        framed
        query={absences}
        items={(page) => page.items}
        empty={{ title: t('servicesAdmin.absences.empty') }}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={680}>
            <Table striped aria-label={t('servicesAdmin.absences.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('servicesAdmin.absences.kind')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.absences.from')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.absences.to')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.absences.note')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.absences.recordedBy')}</Table.Th>
                  {editable ? <Table.Th scope="col">{t('servicesAdmin.catalogue.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((absence) => (
                  <Table.Tr key={absence.id}>
                    <Table.Td>{t(`servicesAdmin.absenceKinds.${absence.kind}`)}</Table.Td>
                    <Table.Td>{when(absence.startsAt)}</Table.Td>
                    <Table.Td>{when(absence.endsAt)}</Table.Td>
                    <Table.Td>{absence.note ?? '—'}</Table.Td>
                    <Table.Td>{absence.createdBy.name}</Table.Td>
                    {editable ? (
                      <Table.Td>
                        <ConfirmButton
                          size="compact-sm"
                          label={t('servicesAdmin.absences.remove')}
                          aria-label={t('servicesAdmin.absences.removeNamed', {
                            from: when(absence.startsAt),
                          })}
                          title={t('servicesAdmin.absences.removeTitle')}
                          message={t('servicesAdmin.absences.removeMessage', {
                            from: when(absence.startsAt),
                            to: when(absence.endsAt),
                          })}
                          confirmLabel={t('servicesAdmin.absences.removeConfirm')}
                          keepLabel={t('servicesAdmin.absences.keep')}
                          loading={remove.isPending}
                          onConfirm={() =>
                            remove.mutateAsync(absence.id, {
                              onSuccess: () => notifySuccess(t('servicesAdmin.absences.removed')),
                              onError: (error) => notifyError(error, t),
                            })
                          }
                        />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedSection>
      <GuardedModal opened={adding} onClose={close} title={t('servicesAdmin.absences.new')} centered>
        <AbsenceForm userId={userId} onDone={close} onRecorded={setAffected} />
      </GuardedModal>
    </>
  )
}
