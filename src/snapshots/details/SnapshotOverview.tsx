import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';
import { lastRestoreTimes } from '../status/lastRestored';
import { getSnapshotStatus, snapshotCreated } from '../status/snapshotStatus';
import { SnapshotStatus } from '../status/SnapshotStatus';
import { IndicationDetails } from './IndicationDetails';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';
import { SourceVMLink } from './SourceVMLink';

const Item = ({ term, test, children }: { term: string; test: string; children: ReactNode }) => (
  <DescriptionListGroup data-test={`detail-${test}`}>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

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
      <Item term={t('Name')} test="name">
        {snapshot.metadata?.name}
      </Item>
      <Item term={t('Source VM')} test="source">
        <SourceVMLink snapshot={snapshot} source={source} />
      </Item>
      <Item term={t('Status')} test="status">
        <SnapshotStatus status={getSnapshotStatus(snapshot)} />
      </Item>
      <Item term={t('Ready to use')} test="ready">
        {status?.readyToUse ? t('Yes') : t('No')}
      </Item>
      <Item term={t('Created')} test="created">
        <Timestamp timestamp={snapshotCreated(snapshot)} />
      </Item>
      <Item term={t('Failure deadline')} test="deadline">
        {!deadline
          ? t('5m (default)')
          : /^0+[a-z]*$/.test(deadline) || deadline === '0'
            ? t('None (0: never fails on time)')
            : deadline}
      </Item>
      <Item term={t('Deletion policy')} test="deletion-policy">
        {snapshot.spec?.deletionPolicy === 'Retain'
          ? t('Retain: the content and VolumeSnapshots outlive the snapshot')
          : t('Delete: the content and VolumeSnapshots go with the snapshot')}
      </Item>
      <Item term={t('Last restored')} test="last-restored">
        {restoresError ? (
          t('Unknown')
        ) : lastRestored ? (
          <Timestamp timestamp={lastRestored} />
        ) : (
          t('Never')
        )}
      </Item>
      {snapshot.metadata?.annotations?.description && (
        <Item term={t('Description')} test="description">
          {snapshot.metadata.annotations.description}
        </Item>
      )}
      <Item term={t('Indications')} test="indications">
        <IndicationDetails snapshot={snapshot} />
      </Item>
      {status?.error?.message && (
        <Item term={t('Error')} test="error">
          {status.error.message}
          {status.error.time && (
            <div>
              <Timestamp timestamp={status.error.time} />
            </div>
          )}
        </Item>
      )}
    </DescriptionList>
  );
};
