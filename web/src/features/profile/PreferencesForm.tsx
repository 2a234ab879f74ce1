import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUpdateMe } from '../../api/me';
import type { Me } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { rememberLanguage, setLanguage, type Language } from '../../i18n';

interface Values {
  language: Language;
  fullNameHi: string;
  cadre: string;
  service: string;
  email: boolean;
  sms: boolean;
  inapp: boolean;
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);

/** Language, Hindi name, cadre/service and notification preferences. */
export function PreferencesForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMe();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: {
      language: me.language,
      fullNameHi: me.fullNameHi ?? '',
      cadre: me.cadre ?? '',
      service: me.service ?? '',
      ...me.notificationPrefs,
    },
  });
  const onSubmit = handleSubmit((v) => {
    setSaved(false);
    setFormError(null);
    update.mutate(
      {
        language: v.language,
        fullNameHi: orNull(v.fullNameHi),
        cadre: orNull(v.cadre),
        service: orNull(v.service),
        notificationPrefs: { email: v.email, sms: v.sms, inapp: v.inapp },
      },
      {
        onSuccess: () => {
          setSaved(true);
          rememberLanguage(v.language);
          if (v.language !== i18n.language) void setLanguage(v.language);
        },
        onError: (e) => setFormError(applyServerErrors(e, setError, ['fullNameHi', 'cadre', 'service', 'language'])),
      },
    );
  });
  return (
    <section className="card" aria-labelledby="profile-prefs">
      <h2 id="profile-prefs">{t('profile.preferences')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        {saved ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
        <SelectField label={t('profile.language')} registration={register('language')}>
          <option value="en">English</option>
          <option value="hi" lang="hi">
            हिन्दी
          </option>
        </SelectField>
        <TextField label={t('fields.fullNameHi')} optional lang="hi" registration={register('fullNameHi')} error={formState.errors.fullNameHi?.message} />
        <TextField label={t('fields.cadre')} optional registration={register('cadre')} error={formState.errors.cadre?.message} />
        <TextField label={t('fields.service')} optional registration={register('service')} error={formState.errors.service?.message} />
        <fieldset>
          <legend>{t('profile.notifyBy')}</legend>
          {(['email', 'sms', 'inapp'] as const).map((channel) => (
            <div className="check" key={channel}>
              <input type="checkbox" id={`pref-${channel}`} {...register(channel)} />
              <label htmlFor={`pref-${channel}`}>{t(`channel.${channel}`)}</label>
            </div>
          ))}
        </fieldset>
        <Button type="submit" busy={update.isPending}>
          {t('common.save')}
        </Button>
      </form>
    </section>
  );
}
