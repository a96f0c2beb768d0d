export const partnershipsKeys = {
  all: ['partnerships'] as const,
  list: () => [...partnershipsKeys.all, 'list'] as const,
}
