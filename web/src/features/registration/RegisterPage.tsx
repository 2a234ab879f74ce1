import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useOrg, useRegistrationLinkOrg } from '../../api/orgs';
import { useCreateRegistration } from '../../api/registrations';
import type { EmployeeGroup, RegistrationInput } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { makeRules } from '../../components/validation';
import { currentLanguage } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { PasswordField } from '../../components/PasswordField';
import { DesignationSelect } from './DesignationSelect';
import { EmployeeGroupSelect } from './EmployeeGroupSelect';
import { OrgPicker } from './OrgPicker';

interface Values {
  employeeId: string;
  fullName: string;
  fullNameHi: string;
  email: string;
  mobile: string;
  orgId: string;
  designationId: string;
  employeeGroup: EmployeeGroup | '';
  cadre: string;
  service: string;
  password: string;
}

const FIELDS = ['employeeId', 'fullName', 'fullNameHi', 'email', 'mobile', 'orgId', 'designationId', 'employeeGroup', 'cadre', 'service'] as const;
const optional = (v: string) => (v.trim() ? v.trim() : undefined);

/** Registration form; a registration link (?link=) fixes the organisation. */
export function RegisterPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const rules = makeRules(t);
  const navigate = useNavigate();
  const { link } = useSearch({ from: '/register' });
  const linkOrg = useRegistrationLinkOrg(link);
  const create = useCreateRegistration();
  const { register, handleSubmit, control, watch, setValue, setError, formState } = useForm<Values>({
    defaultValues: { orgId: '', designationId: '', employeeGroup: '' },
  });
  const errors = formState.errors;
  const orgId = watch('orgId') || null;
  const org = useOrg(orgId);
  const lockedOrg = linkOrg.data ?? null;
  const [formError, setFormError] = useState<unknown>(null);
  useEffect(() => {
    if (lockedOrg) setValue('orgId', lockedOrg.id);
  }, [lockedOrg, setValue]);

  if (link && linkOrg.isPending) return <Loading />;

  const onSubmit = handleSubmit((v) => {
    if (!v.employeeGroup) return;
    const body: RegistrationInput = {
      employeeId: v.employeeId.trim(),
      fullName: v.fullName.trim(),
      fullNameHi: optional(v.fullNameHi),
      email: v.email.trim(),
      mobile: v.mobile.replace(/\s/g, ''),
      orgId: v.orgId,
      designationId: v.designationId,
      employeeGroup: v.employeeGroup,
      cadre: optional(v.cadre),
      service: optional(v.service),
      password: v.password,
      language: currentLanguage(),
      registrationLink: link,
    };
    setFormError(null);
    create.mutate(body, {
      onSuccess: (r) => void navigate({ to: '/register/$id', params: { id: r.id } }),
      onError: (e) => setFormError(applyServerErrors(e, setError, [...FIELDS, 'password'])),
    });
  });
  const domains = org.data?.emailDomains ?? [];

  return (
    <Page title={t('register.title')} intro={t('register.intro')}>
      {link && linkOrg.isError ? <ErrorMessage error={t('register.linkInvalid')} /> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        <TextField label={t('fields.employeeId')} hint={t('fields.employeeIdHint')} autoComplete="off" registration={register('employeeId', rules.employeeId)} error={errors.employeeId?.message} />
        <TextField label={t('fields.fullName')} autoComplete="name" registration={register('fullName', rules.fullName)} error={errors.fullName?.message} />
        <TextField label={t('fields.fullNameHi')} optional lang="hi" registration={register('fullNameHi', { maxLength: { value: 120, message: t('validation.tooLong') } })} error={errors.fullNameHi?.message} />

        {lockedOrg ? (
          <div className="card">
            <p className="small muted">{t('register.linkOrg')}</p>
            <p>
              <strong>{f.name(lockedOrg)}</strong>
            </p>
          </div>
        ) : (
          <Controller
            control={control}
            name="orgId"
            rules={{ required: t('validation.chooseOrg') }}
            render={({ field, fieldState }) => (
              <OrgPicker
                legend={t('fields.org')}
                value={field.value || null}
                onChange={(id) => {
                  field.onChange(id ?? '');
                  setValue('designationId', '');
                }}
                error={fieldState.error?.message}
              />
            )}
          />
        )}
        <DesignationSelect orgId={orgId} registration={register('designationId', rules.required)} error={errors.designationId?.message} />
        <EmployeeGroupSelect registration={register('employeeGroup', rules.required)} error={errors.employeeGroup?.message} />
        <TextField label={t('fields.cadre')} optional registration={register('cadre')} error={errors.cadre?.message} />
        <TextField label={t('fields.service')} optional registration={register('service')} error={errors.service?.message} />

        <TextField
          label={t('fields.email')}
          hint={domains.length ? t('fields.emailDomains', { domains: domains.join(', ') }) : t('fields.emailHint')}
          type="email"
          autoComplete="email"
          registration={register('email', rules.email)}
          error={errors.email?.message}
        />
        <TextField label={t('fields.mobile')} hint={t('fields.mobileHint')} type="tel" inputMode="tel" autoComplete="tel-national" registration={register('mobile', rules.mobile)} error={errors.mobile?.message} />
        <PasswordField isNew label={t('fields.password')} registration={register('password', rules.password)} error={errors.password?.message} />
        <Button type="submit" busy={create.isPending}>
          {t('register.submit')}
        </Button>
      </form>
      <p>
        <Link to="/sign-in">{t('register.haveAccount')}</Link>
      </p>
    </Page>
  );
}
