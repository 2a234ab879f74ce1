import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCertificateTemplate, useTemplateActions, type CertificateTemplate, type TemplateInput } from '../../api/certificates';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { OrgPicker } from '../registration/OrgPicker';
import { useAdminOrgs } from '../admin/AdminOrgSelect';

const MAX_BYTES = 1024 * 1024;

/** The certificate template of an organisation: signatory, logo and signature; a sample PDF shows the result. */
export function CertificateTemplatePage() {
  const { t } = useTranslation();
  const adminOrgs = useAdminOrgs();
  const [orgId, setOrgId] = useState<string | null>(null);
  const current = orgId ?? adminOrgs[0]?.id ?? null;
  const template = useCertificateTemplate(current);
  return (
    <Page title={t('certificates.template.title')} intro={t('certificates.template.intro')}>
      <OrgPicker legend={t('certificates.template.org')} value={current} onChange={setOrgId} within={adminOrgs[0]?.id} />
      {template.isPending && current ? <Loading /> : null}
      <ErrorMessage error={template.error} />
      {template.data && current ? <TemplateEditor key={current} orgId={current} template={template.data} /> : null}
    </Page>
  );
}

function TemplateEditor({ orgId, template }: { orgId: string; template: CertificateTemplate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actions = useTemplateActions(orgId);
  const [saved, setSaved] = useState(false);
  const own = template.own;
  const { register, handleSubmit } = useForm<TemplateInput>({
    values: {
      signatoryName: { en: own?.signatoryName.en ?? '', hi: own?.signatoryName.hi ?? '' },
      signatoryDesignation: { en: own?.signatoryDesignation.en ?? '', hi: own?.signatoryDesignation.hi ?? '' },
    },
  });
  const save = handleSubmit((v) => actions.save.mutate(v, { onSuccess: () => setSaved(true) }));
  return (
    <>
      {template.inheritedFrom ? (
        <p className="alert alert-info">{t('certificates.template.inherited', { org: f.name({ nameEn: template.inheritedFrom.name.en, nameHi: template.inheritedFrom.name.hi }) })}</p>
      ) : null}
      {!template.effective ? <p className="alert alert-info">{t('certificates.template.none')}</p> : null}
      <section className="card" aria-labelledby="signatory-title">
        <h2 id="signatory-title">{t('certificates.template.signatory')}</h2>
        <form className="form" onSubmit={save} onChange={() => setSaved(false)}>
          <TextField label={t('certificates.template.nameHi')} lang="hi" maxLength={120} optional registration={register('signatoryName.hi')} />
          <TextField label={t('certificates.template.nameEn')} lang="en" maxLength={120} optional registration={register('signatoryName.en')} />
          <TextField label={t('certificates.template.designationHi')} lang="hi" maxLength={160} optional registration={register('signatoryDesignation.hi')} />
          <TextField label={t('certificates.template.designationEn')} lang="en" maxLength={160} optional registration={register('signatoryDesignation.en')} />
          <Button type="submit" busy={actions.save.isPending}>{t('common.save')}</Button>
        </form>
        <ErrorMessage error={actions.save.error} />
        {saved ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
      </section>
      <ImageField orgId={orgId} image="logo" url={own?.logoUrl ?? null} version={own?.updatedAt ?? ''} />
      <ImageField orgId={orgId} image="signature" url={own?.signatureUrl ?? null} version={own?.updatedAt ?? ''} />
      <p>
        <a className="btn btn-secondary" href={`/api/admin/certificate-templates/${orgId}/preview.pdf`} target="_blank" rel="noopener">
          {t('certificates.template.preview')}
        </a>
      </p>
    </>
  );
}

function ImageField({ orgId, image, url, version }: { orgId: string; image: 'logo' | 'signature'; url: string | null; version: string }) {
  const { t } = useTranslation();
  const id = useId();
  const actions = useTemplateActions(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (picked: File | null) => {
    setFile(picked);
    setProblem(null);
    if (picked && picked.size > MAX_BYTES) setProblem(t('certificates.template.tooLarge'));
    else if (picked && !/\.(png|jpe?g)$/i.test(picked.name)) setProblem(t('certificates.template.wrongType'));
  };
  const error = actions.upload.error ?? actions.remove.error;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(`certificates.template.${image}`)}</h2>
      {url ? (
        <img src={`${url}?v=${encodeURIComponent(version)}`} alt={t(`certificates.template.${image}Alt`)} style={{ maxWidth: '100%', maxHeight: '6rem', height: 'auto' }} />
      ) : (
        <p className="muted">{t('certificates.template.noImage')}</p>
      )}
      <div className={`field${problem ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>{t('certificates.template.choose')}</label>
        <p className="hint" id={`${id}-hint`}>{t('certificates.template.imageHint')}</p>
        <input id={id} type="file" accept="image/png,image/jpeg" aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`} aria-invalid={problem ? true : undefined} onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        {problem ? <p className="field-error" id={`${id}-error`}>{problem}</p> : null}
      </div>
      <div className="actions">
        <Button busy={actions.upload.isPending} disabled={!file || !!problem} onClick={() => file && actions.upload.mutate({ image, file })}>
          {t('certificates.template.upload')}
        </Button>
        {url ? (
          <Button variant="danger" busy={actions.remove.isPending} onClick={() => actions.remove.mutate(image)}>
            {t('certificates.template.remove')}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
