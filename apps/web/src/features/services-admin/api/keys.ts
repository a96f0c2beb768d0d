import { availabilityKeys } from '../../../reference/availability-keys'

export const servicesAdminKeys = {
  schedule: (userId: string) => ['staff-schedule', userId] as const,
  workingHours: (userId: string) => [...servicesAdminKeys.schedule(userId), 'working-hours'] as const,
  absences: (userId: string) => [...servicesAdminKeys.schedule(userId), 'absences'] as const,
  availability: availabilityKeys.all,
}
