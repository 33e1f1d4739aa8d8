import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineSnapshotContentModel, toGroupVersionKind } from '@shared/k8s/models';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';
import { VolumeBackupsTable } from './VolumeBackupsTable';
import { volumeBackupRows } from './volumeRows';

/** The VirtualMachineSnapshotContent: where the VM spec and the disk data are kept. */
export const SnapshotContentSection = () => {
  const { t } = usePluginTranslation();
  const { snapshot, content, volumeSnapshots, namespace } = useSnapshotDetailsContext();
  const name = snapshot.status?.virtualMachineSnapshotContentName;
  if (!name) {
    return <p data-test="no-content">{t('The snapshot has no content yet.')}</p>;
  }
  const data = content.data;
  // Without the VolumeSnapshot list, readiness falls back to the content's own status.
  const rows = volumeBackupRows(data, volumeSnapshots.error ? undefined : volumeSnapshots.data);
  return (
    <Stack hasGutter data-test="snapshot-content">
      <StackItem>
        <DescriptionList isHorizontal isCompact>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Name')}</DescriptionListTerm>
            <DescriptionListDescription>
              <ResourceLink
                groupVersionKind={toGroupVersionKind(VirtualMachineSnapshotContentModel)}
                name={name}
                namespace={namespace}
                dataTest="content-link"
              />
            </DescriptionListDescription>
          </DescriptionListGroup>
          {data && (
            <>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Ready to use')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {data.status?.readyToUse ? t('Yes') : t('No')}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <Timestamp timestamp={data.status?.creationTime} />
                </DescriptionListDescription>
              </DescriptionListGroup>
            </>
          )}
        </DescriptionList>
      </StackItem>
      {content.error && (
        <StackItem>
          <Alert isInline variant="danger" title={t('The content could not be read')}>
            {content.error.message}
          </Alert>
        </StackItem>
      )}
      {data?.status?.error?.message && (
        <StackItem>
          <Alert isInline variant="danger" title={t('Content error')}>
            {data.status.error.message}
          </Alert>
        </StackItem>
      )}
      {data && (
        <StackItem>
          <VolumeBackupsTable rows={rows} namespace={namespace} />
        </StackItem>
      )}
    </Stack>
  );
};
