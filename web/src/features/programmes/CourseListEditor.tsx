import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../api/catalog';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

/** A course in the programme being edited. */
export interface EditedCourse {
  courseId: string;
  required: boolean;
  titles: { en?: string; hi?: string };
  durationMinutes: number;
  published?: boolean;
  retired?: boolean;
}

/** The programme's courses in order: move up and down, mark required or optional, remove, and add from the catalog. */
export function CourseListEditor({ courses, onChange, editable }: { courses: EditedCourse[]; onChange: (next: EditedCourse[]) => void; editable: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const move = (index: number, by: number) => {
    const next = [...courses];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onChange(next);
  };
  return (
    <section className="card" aria-labelledby="programme-courses-edit">
      <h2 id="programme-courses-edit">{t('programmes.authoring.courses')}</h2>
      {courses.length === 0 ? <p className="muted">{t('programmes.authoring.noCourses')}</p> : null}
      <ol className="lesson-list" data-testid="programme-course-list">
        {courses.map((c, i) => {
          const name = f.local(c.titles) || c.courseId;
          return (
            <li key={c.courseId}>
              <span>{name}</span>
              <span className="lesson-meta small">
                <span>{f.minutes(c.durationMinutes)}</span>
                {c.published === false ? <span className="tag tag-muted">{t('programmes.authoring.notPublished')}</span> : null}
                {c.retired ? <span className="tag tag-muted">{t('programmes.authoring.retiredCourse')}</span> : null}
              </span>
              {editable ? (
                <div className="actions">
                  <label className="check">
                    <input type="checkbox" checked={c.required} onChange={(e) => onChange(courses.map((x) => (x.courseId === c.courseId ? { ...x, required: e.target.checked } : x)))} />{' '}
                    {t('programmes.authoring.requiredNamed', { name })}
                  </label>
                  <Button variant="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('programmes.authoring.moveUpNamed', { name })}>↑</Button>
                  <Button variant="secondary" disabled={i === courses.length - 1} onClick={() => move(i, 1)} aria-label={t('programmes.authoring.moveDownNamed', { name })}>↓</Button>
                  <Button variant="secondary" onClick={() => onChange(courses.filter((x) => x.courseId !== c.courseId))}>
                    {t('programmes.authoring.removeNamed', { name })}
                  </Button>
                </div>
              ) : (
                <span className={c.required ? 'tag' : 'tag tag-muted'}>{c.required ? t('programmes.required') : t('programmes.optional')}</span>
              )}
            </li>
          );
        })}
      </ol>
      {editable ? <CoursePicker chosen={courses} onAdd={(c) => onChange([...courses, c])} /> : null}
    </section>
  );
}

/** Finds published courses in the catalog (Hindi or English) to add to the programme. */
function CoursePicker({ chosen, onAdd }: { chosen: EditedCourse[]; onAdd: (course: EditedCourse) => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  const catalog = useCatalog({ q, lang: i18n.language === 'hi' ? 'hi' : 'en', page: 1 });
  const taken = new Set(chosen.map((c) => c.courseId));
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim() || undefined);
  };
  return (
    <div className="form">
      <h3>{t('programmes.authoring.addCourse')}</h3>
      <form role="search" onSubmit={search} aria-label={t('programmes.authoring.findCourse')} className="form">
        <FormField label={t('programmes.authoring.findCourse')}>
          {({ id }) => <input id={id} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />}
        </FormField>
        <Button type="submit" variant="secondary">{t('programmes.authoring.searchCourses')}</Button>
      </form>
      {catalog.isPending ? <Loading /> : null}
      <ErrorMessage error={catalog.error} />
      <ul className="link-list" data-testid="programme-course-picker">
        {(catalog.data?.items ?? []).map((c) => (
          <li key={c.id}>
            <span>
              {c.title} <span className="small muted">({f.minutes(c.durationMinutes)})</span>
            </span>{' '}
            {taken.has(c.id) ? (
              <span className="tag">{t('programmes.authoring.added')}</span>
            ) : (
              <Button
                variant="secondary"
                onClick={() => onAdd({ courseId: c.id, required: true, titles: { [i18n.language === 'hi' ? 'hi' : 'en']: c.title }, durationMinutes: c.durationMinutes })}
              >
                {t('programmes.authoring.addNamed', { name: c.title })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
