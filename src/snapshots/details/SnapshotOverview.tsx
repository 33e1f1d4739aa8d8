import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { DescriptionList } from '@patternfly/react-core';
import { DetailsItem } from '@shared/components/DetailsItem';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { lastRestoreTimes } from '../status/lastRestored';
import { getSnapshotStatus, snapshotCreated } from '../status/snapshotStatus';
import { SnapshotStatus } from '../status/SnapshotStatus';
import { IndicationDetails } from './IndicationDetails';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';
import { SourceVMLink } from './SourceVMLink';

/** The snapshot's own fields, each with what it means. */
export const SnapshotOverview = () => {
  const { t } = usePluginTranslation();
  const { snapshot, source, allRestores, restoresError } = useSnapshotDetailsContext();
  const status = snapshot.status;
  const deadline = snapshot.spec?.failureDeadline;
  const vmName = snapshot.spec?.source?.name ?? '';
  const lastRestored = lastRestoreTimes(allRestores, vmName).get(snapshot.metadata?.name ?? '');
  return (
    <DescriptionList columnModifier={{ default: '1Col', lg: '2Col' }}>
      <DetailsItem term={t('Name')} groupTest="detail-name">
        {snapshot.metadata?.name}
      </DetailsItem>
      <DetailsItem term={t('Source VM')} groupTest="detail-source">
        <SourceVMLink snapshot={snapshot} source={source} />
      </DetailsItem>
      <DetailsItem term={t('Status')} groupTest="detail-status">
        <SnapshotStatus status={getSnapshotStatus(snapshot)} />
      </DetailsItem>
      <DetailsItem term={t('Ready to use')} groupTest="detail-ready">
        {status?.readyToUse ? t('Yes') : t('No')}
      </DetailsItem>
      <DetailsItem term={t('Created')} groupTest="detail-created">
        <Timestamp timestamp={snapshotCreated(snapshot)} />
      </DetailsItem>
      <DetailsItem term={t('Failure deadline')} groupTest="detail-deadline">
        {!deadline
          ? t('5m (default)')
          : /^0+[a-z]*$/.test(deadline) || deadline === '0'
            ? t('None (0: never fails on time)')
            : deadline}
      </DetailsItem>
      <DetailsItem term={t('Deletion policy')} groupTest="detail-deletion-policy">
        {snapshot.spec?.deletionPolicy === 'Retain'
          ? t('Retain: the content and VolumeSnapshots outlive the snapshot')
          : t('Delete: the content and VolumeSnapshots go with the snapshot')}
      </DetailsItem>
      <DetailsItem term={t('Last restored')} groupTest="detail-last-restored">
        {restoresError ? (
          t('Unknown')
        ) : lastRestored ? (
          <Timestamp timestamp={lastRestored} />
        ) : (
          t('Never')
        )}
      </DetailsItem>
      {snapshot.metadata?.annotations?.description && (
        <DetailsItem term={t('Description')} groupTest="detail-description">
          {snapshot.metadata.annotations.description}
        </DetailsItem>
      )}
      <DetailsItem term={t('Indications')} groupTest="detail-indications">
        <IndicationDetails snapshot={snapshot} />
      </DetailsItem>
      {status?.error?.message && (
        <DetailsItem term={t('Error')} groupTest="detail-error">
          {status.error.message}
          {status.error.time && (
            <div>
              <Timestamp timestamp={status.error.time} />
            </div>
          )}
        </DetailsItem>
      )}
    </DescriptionList>
  );
};
