import { Badge } from '@mantine/core'
import type { GoalStatus, SeverityRating } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export const RATING_COLORS: Record<SeverityRating, string> = {
  none: 'teal',
  mild: 'yellow',
  moderate: 'orange',
  severe: 'red',
  dont_know: 'gray',
}

/** How heavy a rating is, for the bars: "don't know" counts as nothing known. */
export const RATING_WEIGHT: Record<SeverityRating, number> = {
  none: 0,
  mild: 1,
  moderate: 2,
  severe: 3,
  dont_know: 0,
}

const GOAL_COLORS: Record<GoalStatus, string> = { open: 'blue', achieved: 'teal', dropped: 'gray' }

export const RatingBadge = ({ rating }: { rating: SeverityRating }) => {
  const { t } = useTranslation()
  return (
    <Badge color={RATING_COLORS[rating]} variant="light">
      {t(`families.ratings.${rating}`)}
    </Badge>
  )
}

export const GoalStatusBadge = ({ status }: { status: GoalStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={GOAL_COLORS[status]} variant="light">
      {t(`families.goalStatuses.${status}`)}
    </Badge>
  )
}

export const LateBadge = ({ label }: { label: string }) => (
  <Badge color="red" variant="filled">
    {label}
  </Badge>
)
