import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toModelRef } from '@shared/k8s/models';
import { Link } from 'react-router';
import { useBackupActions } from '../actions/useBackupActions';
import { BackupModel } from '../k8s/models';
import type { VeleroBackup } from '../k8s/types';
import { BackupStatus } from '../status/BackupStatus';
import type { BackupStatusInfo } from '../status/backupStatus';
import { useBackupDetailsContext } from './BackupDetailsContext';

/** Breadcrumb back to the Backups list, the name, the status, the actions, delete errors. */
export const BackupPageHeader = ({
  backup,
  status,
}: {
  backup: VeleroBackup;
  status: BackupStatusInfo;
}) => {
  const { t } = usePluginTranslation();
  const { deleteErrors } = useBackupDetailsContext();
  const [actions, loaded] = useBackupActions(backup);
  return (
    <PageSection>
      <Breadcrumb>
        <BreadcrumbItem
          render={() => (
            <Link to={`/k8s/all-namespaces/${toModelRef(BackupModel)}`}>{t('Backups')}</Link>
          )}
        />
        <BreadcrumbItem isActive>{backup.metadata?.name}</BreadcrumbItem>
      </Breadcrumb>
      <Flex
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
        alignItems={{ default: 'alignItemsCenter' }}
        className="pf-v6-u-mt-md"
      >
        <FlexItem>
          <Title headingLevel="h1">{backup.metadata?.name}</Title>
          <BackupStatus status={status} />
        </FlexItem>
        <FlexItem>
          <ActionsMenu actions={actions} variant="button" isDisabled={!loaded} />
        </FlexItem>
      </Flex>
      {deleteErrors.length > 0 && (
        <Alert
          variant="danger"
          isInline
          title={t('Velero could not delete this backup')}
          className="pf-v6-u-mt-md"
          data-test="delete-errors"
        >
          {deleteErrors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </Alert>
      )}
    </PageSection>
  );
};
