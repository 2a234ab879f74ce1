import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRateCourse, useRatings } from '../../api/learning';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { FormField, SelectField } from '../../components/FormField';
import { useFormat } from '../../i18n/format';

/** Average rating and the latest reviews of a course. */
export function Ratings({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ratings = useRatings(courseId);
  const data = ratings.data;
  return (
    <section className="card" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">{t('course.ratings')}</h2>
      <ErrorMessage error={ratings.error} />
      {data ? (
        <>
          <p>
            {data.average !== null
              ? t('catalog.ratingValue', { value: f.rating(data.average), count: data.count, n: f.number(data.count) })
              : t('catalog.notRated')}
          </p>
          <ul className="plain-list">
            {data.items.map((r, i) => (
              <li key={`${r.firstName}-${r.updatedAt}-${i}`}>
                <p className="small">
                  <strong>{r.firstName}</strong> · {t('course.stars', { count: r.stars })} · {f.date(r.updatedAt)}
                </p>
                {r.review ? <p className="pre">{r.review}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The rating form a learner sees once the course is completed. */
export function RatingForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const rate = useRateCourse(courseId);
  const { register, handleSubmit } = useForm({ defaultValues: { stars: '5', review: '' } });
  const submit = handleSubmit((v) => rate.mutate({ stars: Number(v.stars), review: v.review.trim() || undefined }));
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="rate-heading">
      <h2 id="rate-heading">{t('course.rateTitle')}</h2>
      <SelectField label={t('course.yourStars')} registration={register('stars')}>
        {[5, 4, 3, 2, 1].map((n) => (
          <option key={n} value={String(n)}>{t('course.stars', { count: n })}</option>
        ))}
      </SelectField>
      <FormField label={t('course.review')} optional>
        {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={3} maxLength={2000} {...register('review')} />}
      </FormField>
      <ErrorMessage error={rate.error} />
      {rate.isSuccess ? <StatusMessage>{t('course.rated')}</StatusMessage> : null}
      <Button type="submit" busy={rate.isPending}>{t('course.rateSubmit')}</Button>
    </form>
  );
}
