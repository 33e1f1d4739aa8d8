import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Content, List, ListItem } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineCloneModel, VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineClone, V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useSnapshotContent } from '../hooks/useSnapshotContent';
import { useNamespaceRestores } from '../hooks/useSnapshotRestores';
import { clonesUsing, restoresUsing } from './snapshotUsers';

type Props = { snapshot: V1beta1VirtualMachineSnapshot };

export const DeleteSnapshotModal: OverlayComponent<Props> = ({ snapshot, closeOverlay }) => {
  const { t } = usePluginTranslation();
  const name = snapshot.metadata?.name ?? '';
  const namespace = snapshot.metadata?.namespace;
  const content = useSnapshotContent(snapshot);
  const restores = useNamespaceRestores(namespace);
  const clones = useWatchList<V1beta1VirtualMachineClone>(VirtualMachineCloneModel, namespace);
  const contentName = snapshot.status?.virtualMachineSnapshotContentName;
  const volumeSnapshots = (content.data?.spec?.volumeBackups ?? [])
    .map((b) => b.volumeSnapshotName)
    .filter((n): n is string => !!n);
  const retain = snapshot.spec?.deletionPolicy === 'Retain';
  const usedByRestores = restoresUsing(restores.data, name);
  const usedByClones = clonesUsing(clones.data, name);

  return (
    <ModalShell
      title={t('Delete snapshot?')}
      closeOverlay={closeOverlay}
      onSubmit={() => k8sDelete({ model: VirtualMachineSnapshotModel, resource: snapshot })}
      submitLabel={t('Delete')}
      submitVariant="danger"
      canSubmit
      errorTitle={t('The snapshot could not be deleted')}
    >
      <Content data-test="delete-what">
        <p>{t('Delete the snapshot {{name}}?', { name })}</p>
        {retain ? (
          <p data-test="delete-retain">
            {t(
              'Its deletion policy is Retain: the snapshot content {{content}} and its VolumeSnapshots are kept. Delete them separately to free the storage.',
              { content: contentName ?? '-' },
            )}
          </p>
        ) : (
          <p data-test="delete-cascade">
            {contentName
              ? t(
                  'The snapshot content {{content}} and its VolumeSnapshots are deleted with it; their data cannot be recovered.',
                  { content: contentName },
                )
              : t('Its snapshot content and VolumeSnapshots, if any, are deleted with it.')}
          </p>
        )}
        {volumeSnapshots.length > 0 && (
          <List data-test="delete-volumesnapshots">
            {volumeSnapshots.map((vs) => (
              <ListItem key={vs}>{vs}</ListItem>
            ))}
          </List>
        )}
        <p>{t('The VM and its current disks are not affected.')}</p>
      </Content>
      {(usedByRestores.length > 0 || usedByClones.length > 0) && (
        <Alert
          isInline
          variant="warning"
          title={t('This snapshot is in use')}
          data-test="delete-in-use"
        >
          <List>
            {usedByRestores.map((r) => (
              <ListItem key={`r-${r.metadata?.name ?? ''}`}>
                {t('Restore {{restore}} of VM {{vm}} has not completed and will fail.', {
                  restore: r.metadata?.name ?? '',
                  vm: r.spec?.target?.name ?? '',
                })}
              </ListItem>
            ))}
            {usedByClones.map((c) => (
              <ListItem key={`c-${c.metadata?.name ?? ''}`}>
                {t('Clone {{clone}} creating VM {{vm}} is still running and will fail.', {
                  clone: c.metadata?.name ?? '',
                  vm: c.spec?.target?.name ?? '',
                })}
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
    </ModalShell>
  );
};

export default DeleteSnapshotModal;
