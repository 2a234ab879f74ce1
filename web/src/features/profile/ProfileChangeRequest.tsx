import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRequestProfileChange } from '../../api/me';
import type { Me } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { useFormat } from '../../i18n/format';
import { DesignationSelect } from '../registration/DesignationSelect';
import { OrgPicker } from '../registration/OrgPicker';

interface Values {
  orgId: string;
  designationId: string;
  effectiveDate: string;
}

/** Ask the MDO admin to record a new organisation or designation; shows the request once sent. */
export function ProfileChangeRequest({ me }: { me: Me }) {
  const { t } = useTranslation();
  const f = useFormat();
  const request = useRequestProfileChange();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const { control, register, handleSubmit, watch, setValue, setError, formState } = useForm<Values>({
    defaultValues: { orgId: me.org.id, designationId: '', effectiveDate: new Date().toISOString().slice(0, 10) },
  });
  const orgId = watch('orgId') || null;
  const onSubmit = handleSubmit((v) =>
    request.mutate(v, {
      onSuccess: () => setOpen(false),
      onError: (e) => setFormError(applyServerErrors(e, setError, ['orgId', 'designationId', 'effectiveDate'])),
    }),
  );
  const pending = request.data;
  return (
    <section className="card" aria-labelledby="profile-change">
      <h2 id="profile-change">{t('profileChange.title')}</h2>
      {pending ? (
        <div className="alert alert-info" role="status">
          <p>{t('profileChange.pending')}</p>
          <p>
            {f.name(pending.org)}
            {pending.designation ? ` — ${f.name(pending.designation)}` : ''} · {t('profileChange.from', { date: f.date(pending.effectiveDate) })}
          </p>
        </div>
      ) : null}
      {!open ? (
        <>
          <p>{t('profileChange.help')}</p>
          <Button variant="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
            {t('profileChange.open')}
          </Button>
        </>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorMessage error={formError} />
          <Controller
            control={control}
            name="orgId"
            rules={{ required: t('validation.chooseOrg') }}
            render={({ field, fieldState }) => (
              <OrgPicker
                legend={t('profileChange.newOrg')}
                value={field.value || null}
                onChange={(id) => {
                  field.onChange(id ?? '');
                  setValue('designationId', '');
                }}
                error={fieldState.error?.message}
              />
            )}
          />
          <DesignationSelect orgId={orgId} registration={register('designationId', { required: t('validation.required') })} error={formState.errors.designationId?.message} />
          <TextField label={t('fields.effectiveDate')} type="date" registration={register('effectiveDate', { required: t('validation.required') })} error={formState.errors.effectiveDate?.message} />
          <div className="actions">
            <Button type="submit" busy={request.isPending}>
              {t('profileChange.submit')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
