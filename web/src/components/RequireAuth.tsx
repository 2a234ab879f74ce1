import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../api/session';
import type { Me } from '../api/types';
import { Loading } from './Loading';
import { Page } from './Page';

/** Renders its children only for a signed-in user (holding one of `roles`, when given). */
export function RequireAuth({ roles, children }: { roles?: readonly string[]; children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <Loading />;
  const me = session.data?.user ?? null;
  if (!me) {
    return (
      <Page title={t('auth.required.title')}>
        <p>{t('auth.required.body')}</p>
        <Link to="/sign-in" className="btn btn-primary">
          {t('nav.signIn')}
        </Link>
      </Page>
    );
  }
  if (roles && !hasRole(me, roles)) {
    return (
      <Page title={t('auth.forbidden.title')}>
        <p>{t('auth.forbidden.body')}</p>
      </Page>
    );
  }
  return <>{children(me)}</>;
}
