import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
}

/** Label, hint and error around a control; the control gets the ids it must point at. */
export function FormField({
  label,
  error,
  hint,
  optional,
  children,
}: FieldProps & { children: (control: { id: string; describedBy?: string; invalid: boolean }) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <OptionalMark /> : null}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: !!error })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function OptionalMark() {
  const { t } = useTranslation();
  return <span className="optional"> ({t('common.optional')})</span>;
}

type InputProps = FieldProps & { registration: UseFormRegisterReturn } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled text input wired to react-hook-form. */
export function TextField({ label, error, hint, optional, registration, ...input }: InputProps) {
  return (
    <FormField label={label} error={error} hint={hint} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} {...registration} />
      )}
    </FormField>
  );
}

type SelectProps = FieldProps & { registration: UseFormRegisterReturn; children: ReactNode } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'id' | 'children'
  >;

/** A labelled select wired to react-hook-form. */
export function SelectField({ label, error, hint, optional, registration, children, ...select }: SelectProps) {
  return (
    <FormField label={label} error={error} hint={hint} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select} {...registration}>
          {children}
        </select>
      )}
    </FormField>
  );
}
