import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import type { Me } from '../../api/types';
import { AccountSecurity } from './AccountSecurity';
import { PostingHistory } from './PostingHistory';
import { PreferencesForm } from './PreferencesForm';
import { ProfileChangeRequest } from './ProfileChangeRequest';
import { ProfileDetails } from './ProfileDetails';

/** The signed-in user's own profile, preferences and account security. */
export function ProfilePage() {
  return <RequireAuth>{(me) => <Profile me={me} />}</RequireAuth>;
}

function Profile({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Page title={t('profile.title')}>
      <ProfileDetails me={me} />
      <PostingHistory />
      <ProfileChangeRequest me={me} />
      <PreferencesForm me={me} />
      <AccountSecurity />
    </Page>
  );
}
