import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgTree } from '../../api/admin';
import type { AdminOrg } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { CloseOrgForm, CreateOrgForm, MoveOrgForm, RenameOrgForm } from './OrgActionForms';

/** The organisation tree an admin maintains: each office with its people, and forms to add, rename, move or close. */
export function OrgTreePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const tree = useOrgTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const orgs = tree.data ?? [];
  const selected = orgs.find((o) => o.id === selectedId) ?? null;
  const minDepth = Math.min(...orgs.map((o) => o.depth));
  return (
    <Page title={t('admin.orgTree.title')} intro={t('admin.orgTree.intro')}>
      {tree.isPending ? <Loading /> : null}
      <ErrorMessage error={tree.error} />
      {selected ? <OrgPanel org={selected} orgs={orgs} onDone={() => setSelectedId(null)} /> : null}
      <ul className="org-tree" aria-label={t('admin.orgTree.listLabel')}>
        {orgs.map((o) => (
          <li key={o.id} className="org-tree-item" style={{ paddingInlineStart: `${(o.depth - minDepth) * 0.75}rem` }}>
            <span className="org-tree-name">
              {f.name(o)} <span className="small muted">({o.code})</span>
              {o.status === 'closed' ? <span className="badge"> {t('admin.orgTree.closed')}</span> : null}
            </span>
            <span className="small muted">
              {t(`admin.orgTree.types.${o.type}`, { defaultValue: o.type })} · {t('admin.orgTree.people', { n: f.number(o.people) })}
            </span>
            {Object.values(o.permissions).some(Boolean) ? (
              <Button variant="secondary" onClick={() => setSelectedId(o.id)} aria-label={t('admin.orgTree.manageNamed', { name: f.name(o) })}>
                {t('admin.orgTree.manage')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** The actions the admin may take on one org. */
function OrgPanel({ org, orgs, onDone }: { org: AdminOrg; orgs: AdminOrg[]; onDone: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="card" aria-labelledby="org-panel-title">
      <h2 id="org-panel-title">{f.name(org)}</h2>
      {org.permissions.createChild ? <CreateOrgForm parent={org} /> : null}
      {org.permissions.rename ? <RenameOrgForm key={`r-${org.id}`} org={org} /> : null}
      {org.permissions.move ? <MoveOrgForm org={org} orgs={orgs} /> : null}
      {org.permissions.close ? <CloseOrgForm org={org} orgs={orgs} onClosed={onDone} /> : null}
      <Button variant="secondary" onClick={onDone}>{t('admin.orgTree.done')}</Button>
    </section>
  );
}
