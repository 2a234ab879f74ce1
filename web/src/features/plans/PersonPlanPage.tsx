import { useState, type FormEvent } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { useGrantException, usePersonInPlan, type PersonInPlan } from '../../api/plans';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { PlanStatus } from './PlanStatus';
import { Requirements } from './Requirements';

/** One person in one plan, for admins and the person's reporting officer: requirements with history, and exceptions. */
export function PersonPlanPage() {
  const { planId, userId } = useParams({ from: '/plans/$planId/people/$userId' });
  return <RequireAuth>{() => <PersonView planId={planId} userId={userId} />}</RequireAuth>;
}

function PersonView({ planId, userId }: { planId: string; userId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const person = usePersonInPlan(planId, userId);
  if (person.isPending) return <Loading />;
  if (!person.data) return <ErrorMessage error={person.error} />;
  const p = person.data;
  return (
    <Page title={p.user.name} intro={f.local(p.planName)}>
      <section className="card" aria-labelledby="person-facts">
        <h2 id="person-facts" className="visually-hidden">{t('plans.person.facts')}</h2>
        <dl className="details">
          <dt>{t('plans.person.employeeId')}</dt>
          <dd>{p.user.employeeId}</dd>
          <dt>{t('plans.form.owner')}</dt>
          <dd>{f.name(p.user.org)}{p.user.designation ? ` · ${f.local(p.user.designation)}` : ''}</dd>
          <dt>{t('plans.admin.statusLabel')}</dt>
          <dd><PlanStatus status={p.assignment.state} /></dd>
          <dt>{t('plans.person.assigned')}</dt>
          <dd>{f.date(p.assignment.assignedAt)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="person-requirements">
        <h2 id="person-requirements">{t('plans.admin.requirements')}</h2>
        <Requirements lines={p.requirements} showHistory />
      </section>
      {p.permissions.grant ? <Grant person={p} /> : null}
      <section className="card" aria-labelledby="person-exceptions">
        <h2 id="person-exceptions">{t('plans.person.exceptions')}</h2>
        {p.exceptions.length === 0 ? <p className="muted">{t('plans.person.noExceptions')}</p> : null}
        <ul className="plain-list">
          {p.exceptions.map((x) => (
            <li key={x.id}>
              <strong>{t(`plans.person.${x.kind}`)}</strong>
              {x.extendedToDate ? ` · ${t('plans.dueOn', { date: f.date(`${x.extendedToDate}T12:00:00+05:30`) })}` : ''} · {x.reason}
              <p className="small muted">{t('plans.person.approvedBy', { name: x.approver.name, role: t(`plans.person.role_${x.approverRole}`), date: f.date(x.createdAt) })}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function Grant({ person }: { person: PersonInPlan }) {
  const { t } = useTranslation();
  const f = useFormat();
  const grant = useGrantException(person.planId, person.user.id);
  const [kind, setKind] = useState<'extension' | 'exemption'>('extension');
  const [dueDate, setDueDate] = useState('');
  const [reason, setReason] = useState('');
  const [requirementId, setRequirementId] = useState('');
  const [done, setDone] = useState(false);
  const mutation = kind === 'extension' ? grant.extend : grant.exempt;
  const fieldError = (name: string) => (mutation.error instanceof ApiError ? mutation.error.fields.find((x) => x.field === name)?.message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const common = { reason, ...(requirementId ? { requirementId } : {}) };
    const onSuccess = () => {
      setDone(true);
      setReason('');
    };
    if (kind === 'extension') grant.extend.mutate({ ...common, dueDate }, { onSuccess });
    else grant.exempt.mutate(common, { onSuccess });
  };
  return (
    <section className="card" aria-labelledby="person-grant">
      <h2 id="person-grant">{t('plans.person.grant')}</h2>
      <form className="form" onSubmit={submit}>
        <StatusMessage>{done ? t('plans.person.granted') : null}</StatusMessage>
        <ErrorMessage error={mutation.error} />
        <fieldset>
          <legend>{t('plans.person.kind')}</legend>
          {(['extension', 'exemption'] as const).map((k) => (
            <div className="check" key={k}>
              <input id={`grant-${k}`} type="radio" name="grant-kind" checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`grant-${k}`}>{t(`plans.person.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <FormField label={t('plans.person.requirement')} optional>
          {({ id }) => (
            <select id={id} value={requirementId} onChange={(e) => setRequirementId(e.target.value)}>
              <option value="">{t('plans.person.allRequirements')}</option>
              {person.requirements.map((r) => (
                <option key={r.id} value={r.id}>{f.local(r.title)}</option>
              ))}
            </select>
          )}
        </FormField>
        {kind === 'extension' ? (
          <FormField label={t('plans.person.newDueDate')} error={fieldError('dueDate')}>
            {({ id, describedBy, invalid }) => <input id={id} type="date" required aria-describedby={describedBy} aria-invalid={invalid || undefined} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          </FormField>
        ) : null}
        <FormField label={t('plans.person.reason')} error={fieldError('reason')}>
          {({ id, describedBy, invalid }) => <textarea id={id} required maxLength={500} rows={2} aria-describedby={describedBy} aria-invalid={invalid || undefined} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="actions">
          <Button type="submit" busy={mutation.isPending}>{t(kind === 'extension' ? 'plans.person.grantExtension' : 'plans.person.grantExemption')}</Button>
        </div>
      </form>
    </section>
  );
}
