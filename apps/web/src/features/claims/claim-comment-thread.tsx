import type { ClaimComment } from '@associa/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';

/** The conversation between partner and vendor about this claim, oldest first. */
export function ClaimCommentThread({ comments }: { comments: ClaimComment[] }) {
  const { t } = useTranslation();
  const { zonedDateTime } = useFormatters();
  if (comments.length === 0) return <Text size="sm">{t('claim.noComments')}</Text>;

  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('claim.threadTitle')}>
      {comments.map((comment) => (
        <Paper key={comment.id} component="li" withBorder p="sm" radius="sm" bg={comment.authorSide === 'VENDOR' ? 'gray.0' : undefined}>
          <Group gap="xs" mb={4}>
            <Text size="sm" fw={600}>
              {comment.authorName}
            </Text>
            <Badge size="sm" variant="outline" color="gray.8" tt="none">
              {t(`claim.side.${comment.authorSide}`)}
            </Badge>
            <Text size="xs" component="time" dateTime={comment.createdAt}>
              {zonedDateTime(comment.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
