import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFramework, type Competency, type Framework } from '../../../api/competencies';
import { Button } from '../../../components/Button';
import { ErrorMessage, StatusMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { CompetencyAdminTabs } from './CompetencyAdminTabs';
import { CompetencyEditor } from './CompetencyEditor';

/** The competency framework: every area, theme and competency with its levels; platform admins edit it. */
export function FrameworkAdminPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const framework = useFramework();
  const [editing, setEditing] = useState<Competency | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const data = framework.data;
  const done = (wasSaved: boolean) => () => {
    setEditing(null);
    setSaved(wasSaved);
  };
  return (
    <Page title={t('competencies.admin.framework.title')} intro={t('competencies.admin.framework.intro')}>
      <CompetencyAdminTabs />
      {framework.isPending ? <Loading /> : null}
      <ErrorMessage error={framework.error} />
      {saved ? <StatusMessage>{t('competencies.admin.framework.saved')}</StatusMessage> : null}
      {data ? (
        <>
          <p>{t('competencies.admin.framework.count', { count: data.competencyCount, n: f.number(data.competencyCount) })}</p>
          {data.permissions.edit ? (
            editing === 'new' ? (
              <CompetencyEditor framework={data} onDone={done(true)} />
            ) : (
              <Button variant="secondary" onClick={() => setEditing('new')}>{t('competencies.admin.framework.add')}</Button>
            )
          ) : (
            <p className="small muted">{t('competencies.admin.framework.readOnly')}</p>
          )}
          <Areas framework={data} editing={editing} onEdit={(c) => setEditing(c)} onDone={done} />
        </>
      ) : null}
    </Page>
  );
}

function Areas({ framework, editing, onEdit, onDone }: { framework: Framework; editing: Competency | 'new' | null; onEdit: (c: Competency) => void; onDone: (saved: boolean) => () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {framework.areas.map((area) => (
        <section key={area.code} aria-labelledby={`area-${area.code}`}>
          <h2 id={`area-${area.code}`}>
            {f.name(area)} <span className="tag">{t(`competencies.type.${area.type}`)}</span>
          </h2>
          {area.themes.map((theme) => (
            <div key={theme.code} className="card">
              <h3>{f.name(theme)}</h3>
              <ul className="plain-list">
                {theme.competencies.map((c) =>
                  editing !== 'new' && editing?.code === c.code ? (
                    <li key={c.code}>
                      <CompetencyEditor framework={framework} competency={c} onDone={onDone(true)} />
                    </li>
                  ) : (
                    <li key={c.code}>
                      <details className="filter-more">
                        <summary>
                          {f.name(c)} <span className="small muted">({c.code})</span>
                        </summary>
                        <p className="small">{f.local({ en: c.descriptionEn, hi: c.descriptionHi })}</p>
                        <ol className="small">
                          {c.levels.map((l) => (
                            <li key={l.level}>{f.local({ en: l.en, hi: l.hi })}</li>
                          ))}
                        </ol>
                        {framework.permissions.edit ? (
                          <Button variant="link" onClick={() => onEdit(c)}>{t('competencies.admin.framework.edit', { name: f.name(c) })}</Button>
                        ) : null}
                      </details>
                    </li>
                  ),
                )}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
