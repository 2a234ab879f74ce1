import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { useFormat } from '../../i18n/format';
import { useAdminOrgs } from '../admin/AdminOrgSelect';

interface Values {
  orgId: string;
  from: string;
  to: string;
}

/** A zip of an organisation's issued certificates for a date range; the browser downloads it as the server streams it. */
export function BulkDownloadForm() {
  const { t } = useTranslation();
  const f = useFormat();
  const orgs = useAdminOrgs();
  const [href, setHref] = useState<string | null>(null);
  const { register, handleSubmit, formState, getValues } = useForm<Values>({ values: { orgId: orgs[0]?.id ?? '', from: '', to: '' } });
  const prepare = handleSubmit((v) => {
    const query = new URLSearchParams({ orgId: v.orgId, from: v.from, to: v.to });
    setHref(`/api/admin/certificates/export.zip?${query.toString()}`);
  });
  const required = { required: t('validation.required') };
  return (
    <section className="card" aria-labelledby="zip-title">
      <h2 id="zip-title">{t('certificates.zip.title')}</h2>
      <p className="hint">{t('certificates.zip.help')}</p>
      <form className="form" onSubmit={prepare} onChange={() => setHref(null)} noValidate>
        <SelectField label={t('certificates.admin.org')} registration={register('orgId', required)} error={formState.errors.orgId?.message}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>{f.name(o)}</option>
          ))}
        </SelectField>
        <TextField label={t('certificates.admin.from')} type="date" registration={register('from', required)} error={formState.errors.from?.message} />
        <TextField
          label={t('certificates.admin.to')}
          type="date"
          registration={register('to', { ...required, validate: (to) => !getValues('from') || to >= getValues('from') || t('certificates.zip.rangeInvalid') })}
          error={formState.errors.to?.message}
        />
        <Button type="submit" variant="secondary">{t('certificates.zip.prepare')}</Button>
      </form>
      {href ? (
        <p>
          <a className="btn btn-primary" href={href} download data-testid="zip-link">
            {t('certificates.zip.download')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
