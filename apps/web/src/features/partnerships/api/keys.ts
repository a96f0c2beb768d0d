export const partnershipsKeys = {
  all: ['partnerships'] as const,
  list: () => [...partnershipsKeys.all, 'list'] as const,
  organisations: ['organisations'] as const,
  services: ['services', 'partnerships'] as const,
  /** The staff directory's queries (families and groups pick staff from it) begin with this key. */
  staffDirectory: ['staff-directory'] as const,
}
