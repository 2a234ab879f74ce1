import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, hasRole, useSession } from '../../api/session';
import type { Me } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { NotificationList } from './NotificationList';
import { HomeCompetencies } from '../competencies/HomeCompetencies';
import { HomePlans } from '../plans/HomePlans';

/** Landing page: a welcome for visitors, a summary and shortcuts for signed-in users. */
export function HomePage() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  const me = session.data?.user ?? null;
  return me ? <SignedInHome me={me} /> : <Welcome />;
}

function Welcome() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.welcomeTitle')} intro={t('home.welcomeIntro')}>
      <ul className="feature-list">
        <li>{t('home.point1')}</li>
        <li>{t('home.point2')}</li>
        <li>{t('home.point3')}</li>
      </ul>
      <div className="actions">
        <Link to="/sign-in" className="btn btn-primary">
          {t('nav.signIn')}
        </Link>
        <Link to="/register" className="btn btn-secondary">
          {t('nav.register')}
        </Link>
      </div>
    </Page>
  );
}

function SignedInHome({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const name = i18n.language === 'hi' && me.fullNameHi ? me.fullNameHi : me.fullName;
  return (
    <Page title={t('home.greeting', { name })}>
      <section className="card" aria-labelledby="home-account">
        <h2 id="home-account">{t('home.yourAccount')}</h2>
        <dl className="details">
          <dt>{t('profile.status')}</dt>
          <dd>{t(`status.${me.status}`, { defaultValue: me.status })}</dd>
          <dt>{t('profile.org')}</dt>
          <dd>{f.name(me.org)}</dd>
          <dt>{t('profile.designation')}</dt>
          <dd>{me.designation ? f.name(me.designation) : t('common.none')}</dd>
        </dl>
      </section>
      <nav aria-label={t('home.shortcuts')} className="card">
        <h2>{t('home.shortcuts')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/courses">{t('home.linkCourses')}</Link>
          </li>
          <li>
            <Link to="/my-learning">{t('home.linkMyLearning')}</Link>
          </li>
          <li>
            <Link to="/profile">{t('home.linkProfile')}</Link>
          </li>
          {hasRole(me, ADMIN_ROLES) ? (
            <li>
              <Link to="/admin">{t('home.linkAdmin')}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <HomePlans />
      <HomeCompetencies />
      <NotificationList />
    </Page>
  );
}
