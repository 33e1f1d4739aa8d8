import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { useActiveProject } from '@shared/hooks/useActiveProject';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { useVeleroNamespace } from '../../hooks/useVeleroNamespace';
import { RestoresManagedByAdmin } from '../../list/BackupsEmptyStates';
import { ByBackupMode } from '../../non-admin/ByBackupMode';
import { NonAdminRestoresList } from '../../non-admin/NonAdminRestoresList';
import { useNamespaceNonAdminRestores } from '../../non-admin/useNamespaceNonAdminRestores';
import { RestoresList } from './RestoresList';
import { useRestoresList } from './useRestoresList';

const VeleroRestores = () => <RestoresList {...useRestoresList(useNow(5000))} />;

const SelfServiceRestores = ({ namespace }: { namespace: string }) => (
  <NonAdminRestoresList namespace={namespace} {...useNamespaceNonAdminRestores(namespace)} />
);

/**
 * `console.page/resource/list` for velero.io Restores, by what the user may do (as the Backups
 * list): the Velero namespace's, a namespace user's NonAdminRestores, or who manages restores.
 */
export const RestoresListPage = () => {
  const { t } = usePluginTranslation();
  const project = useActiveProject();
  const velero = useVeleroNamespace();
  return (
    <>
      <DocumentTitle>{t('Restores')}</DocumentTitle>
      <ListPageHeader title={t('Restores')} />
      <PageSection>
        <ByBackupMode
          namespace={project}
          nonAdmin={<SelfServiceRestores namespace={project} />}
          managed={<RestoresManagedByAdmin namespace={velero.namespace} />}
        >
          <VeleroRestores />
        </ByBackupMode>
      </PageSection>
    </>
  );
};

export default RestoresListPage;
