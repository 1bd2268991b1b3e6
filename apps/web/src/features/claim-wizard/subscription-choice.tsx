import { Code, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { SubscriptionCandidate } from './use-subscription-candidates';
import { useWizard } from './wizard-context';

/** The customer's subscriptions to one product, to pick the one this line claims. */
export function SubscriptionChoice({ index, productName, candidates }: { index: number; productName: string; candidates: SubscriptionCandidate[] }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { field } = useWizard();
  return (
    <Radio.Group
      label={t('wizard.subscriptionFor', { product: productName })}
      description={t('wizard.subscriptionDescription')}
      required
      {...field(`lines.${index}.subscriptionId`)}
    >
      <Stack gap="sm" mt="xs">
        {candidates.map((candidate) => (
          <Radio
            key={candidate.id}
            value={candidate.id}
            label={<Code c="dark.9">{candidate.id}</Code>}
            description={t('wizard.subscriptionDetails', {
              channel: t(`subscription.channel.${candidate.channel}` as 'subscription.channel.DIRECT', { defaultValue: candidate.channel }),
              state: t(`subscription.state.${candidate.state}` as 'subscription.state.ACTIVE', { defaultValue: candidate.state }),
              start: date(candidate.startDate),
              end: candidate.endDate ? date(candidate.endDate) : t('wizard.noEndDate'),
            })}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
