import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useOrgTreeActions } from '../../api/admin';
import type { AdminOrg } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { useFormat } from '../../i18n/format';

const KINDS = ['office', 'organisation', 'department', 'ministry'] as const;
const CODE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** Open orgs outside `org`'s subtree as options, indented by depth. */
function useTargets(org: AdminOrg, orgs: AdminOrg[]) {
  const f = useFormat();
  const inside = new Set<string>([org.id]);
  for (const o of orgs) if (o.parentId && inside.has(o.parentId)) inside.add(o.id);
  return orgs.filter((o) => o.status === 'active' && !inside.has(o.id)).map((o) => ({ id: o.id, label: `${'– '.repeat(Math.max(0, o.depth - 1))}${f.name(o)} (${o.code})` }));
}

/** Adds an office (or another kind) under an org. */
export function CreateOrgForm({ parent }: { parent: AdminOrg }) {
  const { t } = useTranslation();
  const { create } = useOrgTreeActions();
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm({ defaultValues: { type: 'office' as (typeof KINDS)[number], code: '', nameEn: '', nameHi: '' } });
  const onSubmit = handleSubmit((v) =>
    create.mutate({ parentId: parent.id, ...v }, { onSuccess: () => reset(), onError: (e) => setFormError(applyServerErrors(e, setError, ['type', 'code', 'nameEn', 'nameHi'])) }),
  );
  const e = formState.errors;
  return (
    <details>
      <summary>{t('admin.orgTree.create')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        {create.isSuccess ? <StatusMessage>{t('admin.orgTree.created')}</StatusMessage> : null}
        <SelectField label={t('admin.orgTree.kind')} registration={register('type')} error={e.type?.message}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`admin.orgTree.types.${k}`)}</option>)}
        </SelectField>
        <TextField label={t('admin.orgTree.code')} hint={t('admin.orgTree.codeHint')} autoComplete="off" registration={register('code', { required: t('validation.required'), pattern: { value: CODE, message: t('admin.orgTree.codeHint') }, maxLength: 40 })} error={e.code?.message} />
        <TextField label={t('admin.orgTree.nameEn')} lang="en" registration={register('nameEn', { required: t('validation.required'), minLength: { value: 2, message: t('validation.required') } })} error={e.nameEn?.message} />
        <TextField label={t('admin.orgTree.nameHi')} lang="hi" registration={register('nameHi', { required: t('validation.required'), minLength: { value: 2, message: t('validation.required') } })} error={e.nameHi?.message} />
        <Button type="submit" busy={create.isPending}>{t('admin.orgTree.createSubmit')}</Button>
      </form>
    </details>
  );
}

/** Changes an org's English and Hindi names. */
export function RenameOrgForm({ org }: { org: AdminOrg }) {
  const { t } = useTranslation();
  const { rename } = useOrgTreeActions();
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm({ defaultValues: { nameEn: org.nameEn, nameHi: org.nameHi } });
  const onSubmit = handleSubmit((v) => rename.mutate({ id: org.id, ...v }, { onError: (e) => setFormError(applyServerErrors(e, setError, ['nameEn', 'nameHi'])) }));
  return (
    <details>
      <summary>{t('admin.orgTree.rename')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        {rename.isSuccess ? <StatusMessage>{t('admin.orgTree.renamed')}</StatusMessage> : null}
        <TextField label={t('admin.orgTree.nameEn')} lang="en" registration={register('nameEn', { required: t('validation.required') })} error={formState.errors.nameEn?.message} />
        <TextField label={t('admin.orgTree.nameHi')} lang="hi" registration={register('nameHi', { required: t('validation.required') })} error={formState.errors.nameHi?.message} />
        <Button type="submit" busy={rename.isPending}>{t('admin.orgTree.renameSubmit')}</Button>
      </form>
    </details>
  );
}

/** Moves an org, with everything below it, under another parent. */
export function MoveOrgForm({ org, orgs }: { org: AdminOrg; orgs: AdminOrg[] }) {
  const { t } = useTranslation();
  const { move } = useOrgTreeActions();
  const targets = useTargets(org, orgs).filter((o) => o.id !== org.parentId);
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm({ defaultValues: { parentId: '' } });
  const onSubmit = handleSubmit((v) => move.mutate({ id: org.id, parentId: v.parentId }, { onError: (e) => setFormError(applyServerErrors(e, setError, ['parentId'])) }));
  return (
    <details>
      <summary>{t('admin.orgTree.move')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        {move.isSuccess ? <StatusMessage>{t('admin.orgTree.moved')}</StatusMessage> : null}
        <SelectField label={t('admin.orgTree.newParent')} hint={t('admin.orgTree.moveHint')} registration={register('parentId', { required: t('admin.orgTree.chooseOrg') })} error={formState.errors.parentId?.message}>
          <option value="">{t('admin.orgTree.choose')}</option>
          {targets.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </SelectField>
        <Button type="submit" busy={move.isPending}>{t('admin.orgTree.moveSubmit')}</Button>
      </form>
    </details>
  );
}

/** Closes an org; its people move by transfer to the org chosen. */
export function CloseOrgForm({ org, orgs, onClosed }: { org: AdminOrg; orgs: AdminOrg[]; onClosed: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { close } = useOrgTreeActions();
  const targets = useTargets(org, orgs);
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm({ defaultValues: { transferToOrgId: '' } });
  const onSubmit = handleSubmit((v) => {
    if (!window.confirm(t('admin.orgTree.closeConfirm', { name: f.name(org) }))) return;
    close.mutate(
      { id: org.id, transferToOrgId: v.transferToOrgId || undefined },
      { onSuccess: onClosed, onError: (e) => setFormError(applyServerErrors(e, setError, ['transferToOrgId'])) },
    );
  });
  return (
    <details>
      <summary>{t('admin.orgTree.close')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="hint">{t('admin.orgTree.closeHelp', { n: f.number(org.people) })}</p>
        <ErrorMessage error={formError} />
        <SelectField
          label={t('admin.orgTree.transferTo')}
          optional={org.people === 0}
          registration={register('transferToOrgId', { required: org.people > 0 ? t('admin.orgTree.chooseOrg') : false })}
          error={formState.errors.transferToOrgId?.message}
        >
          <option value="">{t('admin.orgTree.choose')}</option>
          {targets.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </SelectField>
        <Button type="submit" variant="danger" busy={close.isPending}>{t('admin.orgTree.closeSubmit')}</Button>
      </form>
    </details>
  );
}
