import { useTranslation } from 'react-i18next';
import { usePostings } from '../../api/me';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

/** Where the user has been posted, newest first. */
export function PostingHistory() {
  const { t } = useTranslation();
  const f = useFormat();
  const postings = usePostings();
  return (
    <section className="card" aria-labelledby="profile-postings">
      <h2 id="profile-postings">{t('profile.postings')}</h2>
      {postings.isPending ? <Loading /> : null}
      <ErrorMessage error={postings.error} />
      <ol className="timeline">
        {(postings.data ?? []).map((p) => (
          <li key={`${p.org.id}-${p.fromDate}`}>
            <strong>{f.name(p.org)}</strong>
            {p.designation ? <span> — {f.name(p.designation)}</span> : null}
            <p className="muted small">
              {t('profile.postingDates', { from: f.date(p.fromDate), to: p.toDate ? f.date(p.toDate) : t('profile.present') })} ·{' '}
              {t(`postingReason.${p.reason}`, { defaultValue: p.reason })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
