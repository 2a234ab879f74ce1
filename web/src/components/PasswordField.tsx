import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField';

/**
 * A password input with a show/hide toggle. New passwords are typed once and can be shown,
 * instead of a "repeat password" field (easier on a phone, and for screen-reader users).
 */
export function PasswordField({
  label,
  registration,
  error,
  isNew = false,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  isNew?: boolean;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <FormField label={label} error={error} hint={isNew ? t('fields.passwordHint') : undefined}>
      {({ id, describedBy, invalid }) => (
        <div className="password-row">
          <input
            id={id}
            type={shown ? 'text' : 'password'}
            autoComplete={isNew ? 'new-password' : 'current-password'}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            spellCheck={false}
            autoCapitalize="off"
            {...registration}
          />
          <button type="button" className="btn btn-secondary" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
            {t('fields.showPassword')}
          </button>
        </div>
      )}
    </FormField>
  );
}
