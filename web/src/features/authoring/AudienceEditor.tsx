import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import { useOrg } from '../../api/orgs';
import type { AuthoringCourse } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/format';
import { OrgPicker } from '../registration/OrgPicker';

/**
 * Who may see and enrol: everyone, or (moderated) only people in the subtrees of chosen organisations.
 * Applies to the course at once, published or not; content creators and publishers of the provider set it.
 */
export function AudienceEditor({ course }: { course: AuthoringCourse }) {
  const { t } = useTranslation();
  const edit = useCourseEditing(course.id);
  const [moderated, setModerated] = useState(course.moderated);
  const [orgIds, setOrgIds] = useState<string[]>(course.audienceOrgIds);
  const [picked, setPicked] = useState<string | null>(null);
  const changed = moderated !== course.moderated || orgIds.join() !== course.audienceOrgIds.join();
  return (
    <section className="card" aria-labelledby="audience-heading">
      <h2 id="audience-heading">{t('authoring.audience')}</h2>
      <div className="check">
        <input type="checkbox" id="audience-moderated" checked={moderated} onChange={(e) => setModerated(e.target.checked)} aria-describedby="audience-hint" />
        <label htmlFor="audience-moderated">{t('authoring.moderated')}</label>
      </div>
      <p className="hint" id="audience-hint">{t('authoring.moderatedHint')}</p>
      {moderated ? (
        <>
          <h3>{t('authoring.audienceOrgs', { count: orgIds.length })}</h3>
          {orgIds.length ? (
            <ul className="plain-list">
              {orgIds.map((id) => (
                <li key={id} className="audience-org">
                  <OrgName id={id} />{' '}
                  <RemoveOrg id={id} onRemove={() => setOrgIds((ids) => ids.filter((x) => x !== id))} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="alert alert-info">{t('authoring.audienceEmpty')}</p>
          )}
          <OrgPicker legend={t('authoring.addAudienceOrg')} value={picked} onChange={setPicked} />
          <Button
            variant="secondary"
            disabled={!picked || orgIds.includes(picked)}
            onClick={() => {
              if (picked) setOrgIds((ids) => [...ids, picked]);
              setPicked(null);
            }}
          >
            {t('authoring.addToAudience')}
          </Button>
        </>
      ) : null}
      <ErrorMessage error={edit.setAudience.error} />
      {edit.setAudience.isSuccess && !changed ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
      <div className="actions">
        <Button busy={edit.setAudience.isPending} disabled={!changed} onClick={() => edit.setAudience.mutate({ moderated, orgIds: moderated ? orgIds : [] })}>
          {t('authoring.saveAudience')}
        </Button>
      </div>
    </section>
  );
}

function OrgName({ id }: { id: string }) {
  const f = useFormat();
  const org = useOrg(id);
  return <span>{org.data ? f.name(org.data.org) : id}</span>;
}

function RemoveOrg({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const org = useOrg(id);
  return (
    <Button variant="link" onClick={onRemove} aria-label={t('authoring.removeNamed', { name: org.data ? f.name(org.data.org) : id })}>
      {t('authoring.remove')}
    </Button>
  );
}
