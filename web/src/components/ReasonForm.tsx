import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { TextField } from './FormField';

/** A small inline form asking why something is rejected. */
export function ReasonForm({
  onSubmit,
  onCancel,
  busy,
  submitLabel,
}: {
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  busy: boolean;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  return (
    <form className="inline-form" onSubmit={handleSubmit((v) => onSubmit(v.reason.trim()))} noValidate>
      <TextField
        label={t('admin.reason')}
        registration={register('reason', { required: t('validation.required'), minLength: { value: 3, message: t('validation.tooShort') }, maxLength: { value: 500, message: t('validation.tooLong') } })}
        error={formState.errors.reason?.message}
        autoFocus
      />
      <div className="actions">
        <Button type="submit" variant="danger" busy={busy}>
          {submitLabel ?? t('admin.confirmReject')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
