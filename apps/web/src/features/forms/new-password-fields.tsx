import { Limits } from '@associa/contracts';
import { PasswordInput } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** Values of a form that asks for a new password twice. */
export type RepeatedPassword = { confirm: string };

/** The check that the password was typed the same twice, for `useSchemaValidate`'s `extra`. */
export function useRepeatCheck<V extends RepeatedPassword>(field: keyof V & string): (values: V) => FormErrors {
  const { t } = useTranslation();
  return (values) => (values.confirm === values[field] ? {} : { confirm: t('password.mismatch') });
}

/** A password field's form props; Mantine's PasswordInput marks its inner input invalid only for styling, so screen readers are told here. */
export function passwordInputProps<V>(form: UseFormReturnType<V>, field: keyof V & string) {
  const props = form.getInputProps(field);
  return { ...props, 'aria-invalid': !!props.error };
}

/** A new password and its repetition, with the policy in words; the server's WEAK_PASSWORD shows at the first. */
export function NewPasswordFields<V extends RepeatedPassword>({ form, field, label }: { form: UseFormReturnType<V>; field: keyof V & string; label?: string }) {
  const { t } = useTranslation();
  const toggle = { 'aria-label': t('login.togglePassword') };
  return (
    <>
      <PasswordInput
        label={label ?? t('password.new')}
        description={t('password.hint', { min: Limits.minPasswordLength })}
        autoComplete="new-password"
        required
        maxLength={Limits.maxPasswordLength}
        visibilityToggleButtonProps={toggle}
        key={form.key(field)}
        {...passwordInputProps(form, field)}
      />
      <PasswordInput
        label={t('password.confirm')}
        autoComplete="new-password"
        required
        maxLength={Limits.maxPasswordLength}
        visibilityToggleButtonProps={toggle}
        key={form.key('confirm')}
        {...passwordInputProps(form, 'confirm')}
      />
    </>
  );
}
