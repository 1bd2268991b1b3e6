import { Alert, Anchor, Button, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../forms/form-parts';

/** The form of a page reached without signing in: what went wrong, the fields, one wide submit button, and (unless told) the way back to sign in. */
export function AccountForm(props: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  error: string | null;
  submitLabel: string;
  isPending: boolean;
  withBackLink?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={props.onSubmit}>
      <Stack>
        <FormError message={props.error} />
        {props.children}
        <Button type="submit" loading={props.isPending} fullWidth>
          {props.submitLabel}
        </Button>
        {props.withBackLink !== false && (
          <Anchor component={Link} to="/login" size="sm">
            {t('account.backToSignIn')}
          </Anchor>
        )}
      </Stack>
    </form>
  );
}

/** What such a page says once its request is done, announced to screen readers, with the way to sign in. */
export function AccountDone({ color, message }: { color: 'green' | 'blue'; message: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color={color} role="status">
        {message}
      </Alert>
      <Button component={Link} to="/login" variant={color === 'green' ? 'filled' : 'default'}>
        {t('account.goToSignIn')}
      </Button>
    </Stack>
  );
}
