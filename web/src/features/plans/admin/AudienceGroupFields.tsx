import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgChildren, useOrgSearch } from '../../../api/orgs';
import { useAllDesignations, type PlanInput } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { useFormat } from '../../../i18n/format';
import { FieldErrorList } from '../../../components/FieldErrorList';

export type AudienceGroup = NonNullable<PlanInput['audience']['groups']>[number];
type EmployeeGroup = NonNullable<AudienceGroup['employeeGroups']>[number];
interface OrgChoice { id: string; nameEn: string; nameHi: string }

export const EMPLOYEE_GROUPS: readonly EmployeeGroup[] = ['A', 'B', 'C', 'D', 'contractual', 'honorarium', 'other'];

/** One criteria group as the plan form edits it (criteria ANDed within it). */
export interface GroupDraft {
  key: string;
  orgs: OrgChoice[];
  designationIds: string[];
  employeeGroups: EmployeeGroup[];
  cadres: string;
  services: string;
  postedFrom: string;
  postedTo: string;
}

export const newGroup = (): GroupDraft => ({
  key: Math.random().toString(36).slice(2),
  orgs: [],
  designationIds: [],
  employeeGroups: [],
  cadres: '',
  services: '',
  postedFrom: '',
  postedTo: '',
});

/** A comma-separated text as a list of distinct trimmed values. */
const commaList = (text: string) => [...new Set(text.split(',').map((x) => x.trim()).filter(Boolean))];

/** The group as the API takes it: only the criteria that were filled in. */
export function groupInput(g: GroupDraft): AudienceGroup {
  const cadres = commaList(g.cadres);
  const services = commaList(g.services);
  return {
    ...(g.orgs.length ? { orgIds: g.orgs.map((o) => o.id) } : {}),
    ...(g.designationIds.length ? { designationIds: g.designationIds } : {}),
    ...(g.employeeGroups.length ? { employeeGroups: g.employeeGroups } : {}),
    ...(cadres.length ? { cadres } : {}),
    ...(services.length ? { services } : {}),
    ...(g.postedFrom ? { postedFrom: g.postedFrom } : {}),
    ...(g.postedTo ? { postedTo: g.postedTo } : {}),
  };
}

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

interface Props {
  index: number;
  value: GroupDraft;
  ownerOrgId: string;
  errors: string[];
  onChange: (next: GroupDraft) => void;
  onRemove?: () => void;
}

/** The criteria of one audience group: organisations, designations, employee groups, cadres, services, posting window. */
export function AudienceGroupFields({ index, value, ownerOrgId, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const designations = useAllDesignations();
  const set = (patch: Partial<GroupDraft>) => onChange({ ...value, ...patch });
  const n = index + 1;
  const id = (what: string) => `g${index}-${what}`;
  return (
    <fieldset data-testid={`audience-group-${index}`}>
      <legend>{t('plans.form.groupN', { n })}</legend>
      <FieldErrorList errors={errors} />
      <OrgsField index={index} ownerOrgId={ownerOrgId} value={value.orgs} onChange={(orgs) => set({ orgs })} />
      <fieldset>
        <legend>{t('plans.form.designations')}</legend>
        <div className="check-columns">
          {(designations.data ?? []).map((x) => (
            <div className="check" key={x.id}>
              <input id={id(`des-${x.id}`)} type="checkbox" checked={value.designationIds.includes(x.id)} onChange={() => set({ designationIds: toggle(value.designationIds, x.id) })} />
              <label htmlFor={id(`des-${x.id}`)}>{f.name(x)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('plans.form.groups')}</legend>
        {EMPLOYEE_GROUPS.map((g) => (
          <div className="check" key={g}>
            <input id={id(`grp-${g}`)} type="checkbox" checked={value.employeeGroups.includes(g)} onChange={() => set({ employeeGroups: toggle(value.employeeGroups, g) })} />
            <label htmlFor={id(`grp-${g}`)}>{t(`plans.group.${g}`)}</label>
          </div>
        ))}
      </fieldset>
      <FormField label={t('plans.form.cadres')} optional hint={t('plans.form.cadresHint')}>
        {({ id: inputId, describedBy }) => <input id={inputId} aria-describedby={describedBy} value={value.cadres} onChange={(e) => set({ cadres: e.target.value })} />}
      </FormField>
      <FormField label={t('plans.form.services')} optional hint={t('plans.form.servicesHint')}>
        {({ id: inputId, describedBy }) => <input id={inputId} aria-describedby={describedBy} value={value.services} onChange={(e) => set({ services: e.target.value })} />}
      </FormField>
      <FormField label={t('plans.form.postedFrom')} optional hint={t('plans.form.postedFromHint')}>
        {({ id: inputId, describedBy }) => <input id={inputId} aria-describedby={describedBy} type="date" value={value.postedFrom} onChange={(e) => set({ postedFrom: e.target.value })} />}
      </FormField>
      <FormField label={t('plans.form.postedTo')} optional hint={t('plans.form.postedToHint')}>
        {({ id: inputId, describedBy }) => <input id={inputId} aria-describedby={describedBy} type="date" value={value.postedTo} onChange={(e) => set({ postedTo: e.target.value })} />}
      </FormField>
      {onRemove ? (
        <Button variant="secondary" onClick={onRemove}>
          {t('plans.form.removeGroup', { n })}
        </Button>
      ) : null}
    </fieldset>
  );
}

/** Organisation subtrees: the owner's own units as checkboxes, and a name search for units further down. */
function OrgsField({ index, ownerOrgId, value, onChange }: { index: number; ownerOrgId: string; value: OrgChoice[]; onChange: (next: OrgChoice[]) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [term, setTerm] = useState('');
  const children = useOrgChildren(ownerOrgId || null);
  const search = useOrgSearch(term, ownerOrgId || undefined);
  const chosen = new Set(value.map((o) => o.id));
  const options: OrgChoice[] = [];
  for (const o of [...(ownerOrgId ? (children.data ?? []) : []), ...(term.trim().length >= 2 ? (search.data ?? []) : []), ...value]) {
    if (o.id !== ownerOrgId && !options.some((x) => x.id === o.id)) options.push({ id: o.id, nameEn: o.nameEn, nameHi: o.nameHi });
  }
  const flip = (o: OrgChoice) => onChange(chosen.has(o.id) ? value.filter((x) => x.id !== o.id) : [...value, o]);
  return (
    <fieldset>
      <legend>{t('plans.form.orgs')}</legend>
      <p className="hint">{t('plans.form.orgsHint')}</p>
      <FormField label={t('plans.form.findOrg')}>
        {({ id }) => <input id={id} type="search" autoComplete="off" value={term} onChange={(e) => setTerm(e.target.value)} onKeyDown={(e) => (e.key === 'Enter' ? e.preventDefault() : undefined)} />}
      </FormField>
      {term.trim().length >= 2 && search.isSuccess && search.data.length === 0 ? <p className="muted small">{t('orgPicker.noResults')}</p> : null}
      <div className="check-columns">
        {options.map((o) => (
          <div className="check" key={o.id}>
            <input id={`g${index}-org-${o.id}`} type="checkbox" checked={chosen.has(o.id)} onChange={() => flip(o)} />
            <label htmlFor={`g${index}-org-${o.id}`}>{f.name(o)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
