import { Alert, List, ListItem, Stack, StackItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { RestoreImpact, VolumeClaim } from './restoreImpact';

const Claims = ({ items, test }: { items: VolumeClaim[]; test: string }) => {
  const { t } = usePluginTranslation();
  return (
    <List data-test={test}>
      {items.map(({ volume, claim }) => (
        <ListItem key={volume}>{t('{{claim}} (disk {{volume}})', { claim, volume })}</ListItem>
      ))}
    </List>
  );
};

/** Which disks the restore replaces, deletes or leaves alone, in plain words. */
export const RestoreDiskImpact = ({ impact }: { impact: RestoreImpact }) => {
  const { t } = usePluginTranslation();
  const { replaced, deletedDataVolumes, detached, notRestored } = impact;
  return (
    <Stack hasGutter data-test="restore-impact">
      <StackItem>
        <Alert isInline variant="warning" title={t('PVCs that will be replaced')}>
          <p>
            {t(
              'Each PVC is deleted and re-created from its VolumeSnapshot under the same name (volume restore policy InPlace). Data written to it since the snapshot is lost.',
            )}
          </p>
          {replaced.length ? (
            <Claims items={replaced} test="replaced-pvcs" />
          ) : (
            <p>{t('None: this snapshot holds no disk data, only the VM configuration.')}</p>
          )}
        </Alert>
      </StackItem>
      {deletedDataVolumes.length > 0 && (
        <StackItem>
          <Alert isInline variant="danger" title={t('DataVolumes that will be deleted')}>
            <p>
              {t(
                'These were added to the VM after the snapshot. They are deleted with their PVCs and data.',
              )}
            </p>
            <List data-test="deleted-dvs">
              {deletedDataVolumes.map((name) => (
                <ListItem key={name}>{name}</ListItem>
              ))}
            </List>
          </Alert>
        </StackItem>
      )}
      {detached.length > 0 && (
        <StackItem>
          <Alert isInline variant="info" title={t('Disks that will be removed from the VM')}>
            <p>{t('The snapshot does not have them; their PVCs are kept.')}</p>
            <Claims items={detached} test="detached-pvcs" />
          </Alert>
        </StackItem>
      )}
      {notRestored.length > 0 && (
        <StackItem>
          <Alert isInline variant="info" title={t('Disks without a backup in the snapshot')}>
            <p>{t('They stay attached with their current data.')}</p>
            <Claims items={notRestored} test="not-restored-pvcs" />
          </Alert>
        </StackItem>
      )}
    </Stack>
  );
};
