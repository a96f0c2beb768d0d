import { Anchor, Button, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { routes } from '@onestop/contracts/client'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { GuardedDrawer } from '../../../components/ui/guarded-drawer'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { methodologiesKeys } from '../../../reference/methodologies'
import { useMethodology } from '../api/get-methodology'
import { MethodologyActiveBadge } from '../components/methodology-active-badge'
import { MethodologyActiveButton } from '../components/methodology-active-button'
import { MethodologyDetails } from '../components/methodology-details'
import { MethodologyForm } from '../components/methodology-form'
import { MethodologyOutcomes } from '../components/methodology-outcomes'

/** One methodology in full; admins edit it in a drawer, and retire or bring it back. */
export const MethodologyPage = () => {
  const { t } = useTranslation()
  const { methodologyId = '' } = useParams()
  const user = useCurrentUser()
  const queryClient = useQueryClient()
  const methodology = useMethodology(methodologyId)
  const [editing, { open, close }] = useDisclosure(false)
  const editor = may(user, routes.updateMethodology)
  // A malformed id is a 400: for the reader it is the same as a methodology that is not there.
  const notFound =
    methodology.isError && isApiError(methodology.error) && [400, 404].includes(methodology.error.status)

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/methodologies" size="sm" mb="xs">
        {t('methodologies.backToList')}
      </Anchor>
      {notFound ? (
        <EmptyState title={t('methodologies.notFound')} />
      ) : (
        <SectionShell query={methodology}>
          {(data) => (
            <>
              <PageHeader
                title={data.name}
                actions={
                  <Group gap="sm">
                    <MethodologyActiveBadge active={data.active} />
                    {editor ? (
                      <>
                        <Button variant="default" onClick={open}>
                          {t('methodologies.edit')}
                        </Button>
                        <MethodologyActiveButton methodology={data} />
                      </>
                    ) : null}
                  </Group>
                }
              />
              <MethodologyDetails methodology={data} />
              {may(user, routes.getMethodologyOutcomes) ? (
                <MethodologyOutcomes methodologyId={data.id} />
              ) : null}
              <GuardedDrawer
                opened={editor && editing}
                onClose={close}
                position="right"
                size="xl"
                title={t('methodologies.form.editTitle')}
              >
                <MethodologyForm
                  methodology={data}
                  onSaved={close}
                  onCancel={close}
                  onReload={() =>
                    queryClient.invalidateQueries({ queryKey: methodologiesKeys.detail(data.id) })
                  }
                />
              </GuardedDrawer>
            </>
          )}
        </SectionShell>
      )}
    </Stack>
  )
}
