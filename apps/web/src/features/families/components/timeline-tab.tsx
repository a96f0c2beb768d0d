import { Text, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { PagedSection } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useTimeline } from '../api/get-timeline'
import { TIMELINE_LOOK, timelineSentence } from './timeline-sentence'

/** Everything that happened to the family, newest first, a page at a time. */
export const TimelineTab = ({ familyId }: { familyId: string }) => {
  const { t, i18n } = useTranslation()
  const timeline = useTimeline(familyId)
  return (
    <PagedSection
      query={timeline}
      items={(page) => page.items}
      empty={{ title: t('families.timeline.empty') }}
    >
      {(events) => (
        <Timeline
          bulletSize={24}
          lineWidth={2}
          active={events.length}
          component="ol"
          style={{ listStyle: 'none', marginBlock: 0 }}
        >
          {events.map((event) => {
            const { sentence, detail } = timelineSentence(event, t, i18n.language)
            const look = TIMELINE_LOOK[event.kind]
            return (
              <Timeline.Item
                key={`${event.kind}-${event.entityId}-${event.at}`}
                component="li"
                color={look.color}
                bullet={<span aria-hidden="true">{look.glyph}</span>}
                title={<span style={plainTextStyle}>{sentence}</span>}
                data-kind={event.kind}
              >
                {detail ? (
                  <Text size="sm" style={plainTextStyle}>
                    {detail}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.at, i18n.language)}
                  {event.actor ? ` · ${event.actor}` : ''}
                </Text>
              </Timeline.Item>
            )
          })}
        </Timeline>
      )}
    </PagedSection>
  )
}
