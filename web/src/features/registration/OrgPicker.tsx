import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrg, useOrgChildren, useOrgSearch } from '../../api/orgs';
import type { OrgSummary } from '../../api/types';
import { useFormat } from '../../i18n/format';

interface Props {
  legend: string;
  value: string | null;
  onChange: (orgId: string | null) => void;
  error?: string;
  /** Limits searching to a subtree (e.g. an admin's organisation). */
  within?: string;
}

/** Picks an organisation by drilling down the tree from India, or by searching its name. */
export function OrgPicker({ legend, value, onChange, error, within }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const [term, setTerm] = useState('');
  const detail = useOrg(value);
  const children = useOrgChildren(value);
  const search = useOrgSearch(term, within);
  const errorId = error ? `${id}-error` : undefined;

  const choose = (org: OrgSummary | null) => {
    setTerm('');
    onChange(org ? org.id : null);
  };
  const trail = detail.data ? [...detail.data.ancestors, detail.data.org] : [];

  return (
    <fieldset className={`org-picker${error ? ' field-invalid' : ''}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {value && detail.data ? (
        <div className="org-selected" aria-live="polite">
          <p className="muted small">{t('orgPicker.selected')}</p>
          <ol className="breadcrumb">
            {trail.map((org, i) => (
              <li key={org.id}>
                {i < trail.length - 1 ? (
                  <button type="button" className="link-button" onClick={() => choose(org)}>
                    {f.name(org)}
                  </button>
                ) : (
                  <strong>{f.name(org)}</strong>
                )}
              </li>
            ))}
          </ol>
          <button type="button" className="link-button" onClick={() => choose(null)}>
            {t('orgPicker.startOver')}
          </button>
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={`${id}-search`}>{t('orgPicker.search')}</label>
        <input id={`${id}-search`} type="search" value={term} onChange={(e) => setTerm(e.target.value)} autoComplete="off" />
      </div>
      {term.trim().length >= 2 ? (
        <OrgList
          label={t('orgPicker.results')}
          orgs={search.data ?? []}
          empty={search.isSuccess ? t('orgPicker.noResults') : t('common.loading')}
          onPick={choose}
          selected={value}
        />
      ) : children.data && children.data.length > 0 ? (
        <OrgList
          label={value ? t('orgPicker.narrow') : t('orgPicker.start')}
          orgs={children.data}
          empty=""
          onPick={choose}
          selected={value}
        />
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function OrgList({
  label,
  orgs,
  empty,
  onPick,
  selected,
}: {
  label: string;
  orgs: OrgSummary[];
  empty: string;
  onPick: (org: OrgSummary) => void;
  selected: string | null;
}) {
  const f = useFormat();
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="org-list">
      <p id={id} className="small">
        {label}
      </p>
      {orgs.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul aria-labelledby={id}>
        {orgs.map((org) => (
          <li key={org.id}>
            <button type="button" className="org-option" aria-pressed={org.id === selected} onClick={() => onPick(org)}>
              <span>{f.name(org)}</span>
              <span className="muted small">
                {t(`orgType.${org.type}`, { defaultValue: org.type })}
                {org.hasChildren ? ' ›' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
