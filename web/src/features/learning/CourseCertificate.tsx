import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { myCertificateFiles, useMyCertificates, type MyCertificate } from '../../api/certificates';

/** The certificate that stands for a course: the issued one, else the latest of its completions. */
function certificateFor(items: MyCertificate[], courseId: string): MyCertificate | null {
  const mine = items.filter((c) => c.kind === 'course' && c.subjectId === courseId && c.status !== 'superseded');
  const latest = (list: MyCertificate[]) => [...list].sort((a, b) => b.completedAt.localeCompare(a.completedAt))[0] ?? null;
  return latest(mine.filter((c) => c.status === 'issued')) ?? latest(mine);
}

/**
 * On a completed course's page: "Your certificate is ready" with its links, or that it is being prepared (the list
 * polls until it is issued), or why there is none (a minimum score not reached, a revocation).
 */
export function CourseCertificate({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const mine = useMyCertificates();
  if (!mine.data) return null;
  const cert = certificateFor(mine.data.items, courseId);
  const preparing = cert ? cert.status === 'pending' || cert.status === 'failed' : mine.data.awaiting > 0;
  if (!cert && !preparing) return null;
  return (
    <section className="card" aria-labelledby="course-certificate" data-testid="course-certificate" data-status={cert?.status ?? 'awaiting'}>
      <h2 id="course-certificate">{t('course.certificate.title')}</h2>
      {cert?.status === 'issued' ? (
        <>
          <p className="alert alert-success">{t('course.certificate.ready')}</p>
          <div className="actions">
            <a className="btn btn-primary" href={myCertificateFiles(cert.id).view} target="_blank" rel="noopener">
              {t('certificates.mine.view')}
            </a>
            <a className="btn btn-secondary" href={myCertificateFiles(cert.id).download} download>
              {t('certificates.mine.downloadPdf')}
            </a>
            <Link to="/verify/$number" params={{ number: cert.number }} className="btn btn-link">
              {t('certificates.mine.openVerify')}
            </Link>
          </div>
        </>
      ) : preparing ? (
        <p role="status">{t('course.certificate.preparing')}</p>
      ) : (
        <p>
          {t(`certificates.status.${cert?.status ?? 'pending'}`)}
          {cert?.failure ? ` — ${cert.failure.message}` : ''}
        </p>
      )}
      <p className="small">
        <Link to="/my-certificates">{t('course.certificate.all')}</Link>
      </p>
    </section>
  );
}
