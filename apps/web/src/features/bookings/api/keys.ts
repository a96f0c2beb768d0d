export const bookingsKeys = {
  all: ['bookings'] as const,
  familyLists: (familyId: string) => [...bookingsKeys.all, 'family', familyId] as const,
  familyList: (familyId: string, upcomingOnly: boolean) =>
    [...bookingsKeys.familyLists(familyId), { upcomingOnly }] as const,
  detail: (appointmentId: string) => [...bookingsKeys.all, 'detail', appointmentId] as const,
}
