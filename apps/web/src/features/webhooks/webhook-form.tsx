import { CreateWebhookRequestSchema, EventTypeSchema, VENDOR_ONLY_EVENT_TYPES, WebhookLimits, type EventType, type WebhookEndpoint } from '@associa/contracts';
import { Checkbox, Code, Group, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';
import { FormActions, FormError } from '../forms/form-parts';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { EVENT_TYPE_KEYS } from './event-type-keys';

/** What the form edits; the event types as the checkbox group holds them. */
export type WebhookValues = { url: string; eventTypes: string[]; description: string; enabled: boolean };

/** The request body the values stand for. */
export const webhookInput = (values: WebhookValues) => ({
  url: values.url.trim(),
  eventTypes: values.eventTypes as EventType[],
  description: values.description.trim(),
  enabled: values.enabled,
});

/** The values of an endpoint being edited, or of a new one (every type a partner may hear, enabled). */
export function initialWebhookValues(endpoint?: WebhookEndpoint): WebhookValues {
  if (endpoint) return { url: endpoint.url, eventTypes: [...endpoint.eventTypes], description: endpoint.description, enabled: endpoint.enabled };
  return { url: '', eventTypes: ['claim.status_changed'], description: '', enabled: true };
}

/**
 * URL, event types (every type of the contract; the vendor's own only for vendor endpoints),
 * description and enabled; `save` does the request with the values.
 */
export function WebhookForm<R>(props: { endpoint?: WebhookEndpoint; submitLabel: string; save: (values: WebhookValues) => Promise<R>; onSaved: (result: R) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const isVendor = me?.organisation.kind === 'VENDOR';
  const form = useForm<WebhookValues>({ mode: 'uncontrolled', initialValues: initialWebhookValues(props.endpoint), validate: useSchemaValidate(CreateWebhookRequestSchema, webhookInput) });
  const { mutation, formError } = useFormMutation(form, { mutationFn: props.save, onSuccess: props.onSaved });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        <FormError message={formError} />
        <TextInput
          label={t('webhooks.urlLabel')}
          description={t('webhooks.urlDescription')}
          placeholder="https://crm.example.com/hooks/associa"
          type="url"
          required
          maxLength={WebhookLimits.maxUrlLength}
          data-autofocus
          key={form.key('url')}
          {...form.getInputProps('url')}
        />
        <Checkbox.Group label={t('webhooks.eventTypesLabel')} description={t('webhooks.eventTypesDescription')} required key={form.key('eventTypes')} {...form.getInputProps('eventTypes')}>
          <Stack gap={8} mt={8}>
            {EventTypeSchema.options.map((type) => {
              const vendorOnly = VENDOR_ONLY_EVENT_TYPES.includes(type);
              return (
                <Checkbox
                  key={type}
                  value={type}
                  disabled={vendorOnly && !isVendor}
                  label={
                    <Group gap={6} component="span">
                      <span>{t(EVENT_TYPE_KEYS[type])}</span>
                      <Code c="dark.9">{type}</Code>
                    </Group>
                  }
                  description={vendorOnly && !isVendor ? t('webhooks.vendorOnly') : undefined}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('webhooks.descriptionLabel')}
          description={t('webhooks.descriptionHelp')}
          maxLength={WebhookLimits.maxDescriptionLength}
          autosize
          minRows={2}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Switch label={t('webhooks.enabledLabel')} key={form.key('enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <Text size="xs">{t('webhooks.retryNote', { days: WebhookLimits.disableAfterFailingDays })}</Text>
        <FormActions submitLabel={props.submitLabel} isPending={mutation.isPending} onCancel={props.onCancel} />
      </Stack>
    </form>
  );
}
