import { Limits } from '@associa/contracts';
import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWizard } from './wizard-context';

/** Step 7: optional comments for the reviewer, saved with the claim before it is submitted. */
export function CommentsStep() {
  const { t } = useTranslation();
  const { field } = useWizard();
  return (
    <Stack maw={720}>
      <Textarea
        label={t('wizard.fields.comments')}
        description={t('wizard.fields.commentsDescription', { max: Limits.maxCommentLength })}
        autosize
        minRows={4}
        maxLength={Limits.maxCommentLength}
        {...field('comments')}
      />
    </Stack>
  );
}
