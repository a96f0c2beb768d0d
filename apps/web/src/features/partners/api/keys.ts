export const partnersKeys = {
  all: ['partners'] as const,
  list: () => [...partnersKeys.all, 'list'] as const,
  webhooks: (partnerId: string) => [...partnersKeys.all, 'webhooks', partnerId] as const,
}
