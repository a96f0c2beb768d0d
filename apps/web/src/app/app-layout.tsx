import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title, VisuallyHidden } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { RouteDefinition } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation } from 'react-router'
import { LanguageSwitch } from '../components/ui/language-switch'
import { SignOutButton } from '../features/auth/components/sign-out-button'
import { may } from '../lib/access'
import { useCurrentUser } from '../lib/session-store'
import classes from './app-layout.module.css'

interface NavItem {
  to: string
  label: string
  /** Shown only to users the API lets call the page's main route; to everyone when absent. */
  route?: Pick<RouteDefinition, 'access'>
}

/** Menu items under a heading; a section left with no item for the user is not shown. */
interface NavSection {
  label?: string
  items: NavItem[]
}

export const AppLayout = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const location = useLocation()
  const [opened, { toggle, close }] = useDisclosure(false)

  const sections: NavSection[] = [
    {
      items: [
        { to: '/', label: t('nav.home') },
        { to: '/families', label: t('nav.families') },
        { to: '/referrals', label: t('nav.referrals'), route: routes.listIncomingReferrals },
        { to: '/calendar', label: t('nav.calendar'), route: routes.listCalendarEvents },
        { to: '/break-glass', label: t('nav.breakGlass'), route: routes.listBreakGlass },
        // Everyone may see occupancy counts; the page shows each role only its tabs.
        { to: '/accommodation', label: t('nav.accommodation'), route: routes.getOccupancy },
      ],
    },
    {
      label: t('nav.sections.programmes'),
      items: [
        { to: '/groups', label: t('nav.groups'), route: routes.listGroupRuns },
        { to: '/methodologies', label: t('nav.methodologies') },
        { to: '/trainings', label: t('nav.trainings'), route: routes.listTrainings },
        {
          to: '/competence-matrix',
          label: t('nav.competenceMatrix'),
          route: routes.getCompetenceMatrix,
        },
        { to: '/certifications', label: t('nav.certifications'), route: routes.listCertifications },
      ],
    },
    {
      label: t('nav.sections.reports'),
      items: [
        { to: '/reports/attendance', label: t('nav.attendanceReport'), route: routes.getAttendanceReport },
        { to: '/reports/delivered', label: t('nav.deliveredServices'), route: routes.listDeliveredServices },
      ],
    },
    {
      label: t('nav.sections.administration'),
      items: [
        { to: '/services', label: t('nav.services') },
        { to: '/sites', label: t('nav.sites'), route: routes.createSite },
        { to: '/users', label: t('nav.users'), route: routes.listUsers },
        { to: '/partnerships', label: t('nav.partnerships'), route: routes.listPartnerships },
        { to: '/partners', label: t('nav.partners'), route: routes.listPartnerMunicipalities },
        { to: '/audit', label: t('nav.audit'), route: routes.listAudit },
      ],
    },
    {
      label: t('nav.sections.mine'),
      items: [
        { to: '/my-trainings', label: t('nav.myTrainings') },
        { to: '/my-certifications', label: t('nav.myCertifications') },
        { to: '/account', label: t('nav.account') },
      ],
    },
  ]
  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to))

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skipLink}>
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={2} size="h3">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="xs" data-testid="current-user">
              <VisuallyHidden>{t('header.signedInAs')} </VisuallyHidden>
              {user.name}
            </Text>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {/* The menu scrolls on its own when it is taller than the window. */}
        <AppShell.Section grow component={ScrollArea} type="auto">
          {sections.map((section) => {
            const items = section.items.filter((item) => !item.route || may(user, item.route))
            if (items.length === 0) return null
            const links = items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={isActive(item.to)}
                aria-current={isActive(item.to) ? 'page' : undefined}
                onClick={close}
              />
            ))
            if (!section.label) return <Fragment key="main">{links}</Fragment>
            return (
              <Fragment key={section.label}>
                <Text
                  component="h2"
                  size="xs"
                  fw={700}
                  c="dimmed"
                  tt="uppercase"
                  px="sm"
                  pt="md"
                  pb={4}
                  m={0}
                >
                  {section.label}
                </Text>
                {links}
              </Fragment>
            )
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}
