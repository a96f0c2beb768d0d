import { Stack, Text } from '@mantine/core'
import type { ApiClient, ApiClientWithSecret, PartnerMunicipality } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { usePartnerMunicipalities } from '../api/list-partner-municipalities'
import { CreateClientForm } from '../components/create-client-form'
import { MunicipalitySection } from '../components/municipality-section'
import { RotateSecretForm } from '../components/rotate-secret-form'
import { SecretModal } from '../components/secret-modal'

interface Rotating {
  municipality: PartnerMunicipality
  client: ApiClient
}

/** Admins issue partner municipalities API clients, rotate their secrets and revoke them. */
export const PartnersPage = () => {
  const { t } = useTranslation()
  const municipalities = usePartnerMunicipalities()
  const [issuing, setIssuing] = useState<PartnerMunicipality | null>(null)
  const [rotating, setRotating] = useState<Rotating | null>(null)
  // The secret lives only here, until the admin confirms having copied it.
  const [shown, setShown] = useState<{ issued: ApiClientWithSecret; kind: 'issued' | 'rotated' } | null>(null)

  return (
    <Stack gap={0}>
      <PageHeader title={t('partners.title')} />
      <Text c="dimmed" size="sm" mb="md" maw={720}>
        {t('partners.intro')}
      </Text>
      <SectionShell
        query={municipalities}
        empty={{
          when: (data) => data.items.length === 0,
          title: t('partners.empty'),
          hint: t('partners.emptyHint'),
        }}
      >
        {(data) => (
          <Stack aria-busy={municipalities.isFetching}>
            {data.items.map((municipality) => (
              <MunicipalitySection
                key={municipality.id}
                municipality={municipality}
                now={new Date()}
                onIssue={setIssuing}
                onRotate={(of, client) => setRotating({ municipality: of, client })}
              />
            ))}
          </Stack>
        )}
      </SectionShell>
      <GuardedModal
        opened={issuing !== null}
        onClose={() => setIssuing(null)}
        title={t('partners.issueTitle', { name: issuing?.name ?? '' })}
        size="lg"
      >
        {issuing ? (
          <CreateClientForm
            partnerId={issuing.id}
            onCancel={() => setIssuing(null)}
            onIssued={(issued) => {
              setIssuing(null)
              setShown({ issued, kind: 'issued' })
            }}
          />
        ) : null}
      </GuardedModal>
      <GuardedModal
        opened={rotating !== null}
        onClose={() => setRotating(null)}
        title={t('partners.rotateTitle', { name: rotating?.client.name ?? '' })}
      >
        {rotating ? (
          <RotateSecretForm
            partnerId={rotating.municipality.id}
            client={rotating.client}
            onCancel={() => setRotating(null)}
            onIssued={(issued) => {
              setRotating(null)
              setShown({ issued, kind: 'rotated' })
            }}
          />
        ) : null}
      </GuardedModal>
      <SecretModal
        issued={shown?.issued ?? null}
        kind={shown?.kind ?? 'issued'}
        onClose={() => setShown(null)}
      />
    </Stack>
  )
}
