import { AppShell, Burger, Group, NavLink, Text, Title, VisuallyHidden } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { RouteDefinition } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
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

export const AppLayout = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const location = useLocation()
  const [opened, { toggle, close }] = useDisclosure(false)

  const items: NavItem[] = [
    { to: '/', label: t('nav.home') },
    { to: '/families', label: t('nav.families') },
    { to: '/calendar', label: t('calendar.nav'), route: routes.listCalendarEvents },
    { to: '/break-glass', label: t('nav.breakGlass'), route: routes.listBreakGlass },
    // Everyone may see occupancy counts; the page shows each role only its tabs.
    { to: '/accommodation', label: t('accommodation.nav'), route: routes.getOccupancy },
    { to: '/groups', label: t('groups.nav'), route: routes.listGroupRuns },
    { to: '/methodologies', label: t('methodologies.nav') },
    { to: '/my-certifications', label: t('certifications.mine.nav') },
    { to: '/competence-matrix', label: t('certifications.matrix.nav'), route: routes.getCompetenceMatrix },
    { to: '/certifications', label: t('certifications.nav'), route: routes.listCertifications },
    { to: '/trainings', label: t('trainings.nav'), route: routes.listTrainings },
    { to: '/my-trainings', label: t('trainings.navMine') },
    { to: '/reports/attendance', label: t('reports.nav.attendance'), route: routes.getAttendanceReport },
    {
      to: '/reports/delivered',
      label: t('reports.nav.delivered'),
      route: routes.listDeliveredServices,
    },
    { to: '/services', label: t('servicesAdmin.nav.services') },
    { to: '/sites', label: t('servicesAdmin.nav.sites'), route: routes.createSite },
    { to: '/users', label: t('nav.users'), route: routes.listUsers },
    { to: '/partnerships', label: t('partnerships.nav'), route: routes.listPartnerships },
    { to: '/audit', label: t('nav.audit'), route: routes.listAudit },
    { to: '/account', label: t('nav.account') },
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
        {items
          .filter((item) => !item.route || may(user, item.route))
          .map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={isActive(item.to)}
              aria-current={isActive(item.to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}
