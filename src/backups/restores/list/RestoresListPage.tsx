import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { NonAdminRestoresList } from '../../non-admin/NonAdminRestoresList';
import { useActiveBackupMode } from '../../non-admin/useActiveBackupMode';
import { useNamespaceNonAdminRestores } from '../../non-admin/useNamespaceNonAdminRestores';
import { RestoresList } from './RestoresList';
import { useRestoresList } from './useRestoresList';

/** `console.page/resource/list` for velero.io Restores: one data hook per mode, one view. */
export const RestoresListPage = () => {
  const { t } = usePluginTranslation();
  const now = useNow(5000);
  const data = useRestoresList(now);
  // A namespace user sees their NonAdminRestores of the active project instead (issue 14).
  const mode = useActiveBackupMode();
  const selfService = mode.kind === 'non-admin' ? mode.namespace : undefined;
  const nonAdmin = useNamespaceNonAdminRestores(selfService);
  return (
    <>
      <DocumentTitle>{t('Restores')}</DocumentTitle>
      <ListPageHeader title={t('Restores')} />
      <PageSection>
        {selfService ? (
          <NonAdminRestoresList namespace={selfService} {...nonAdmin} />
        ) : (
          <RestoresList {...data} />
        )}
      </PageSection>
    </>
  );
};

export default RestoresListPage;
