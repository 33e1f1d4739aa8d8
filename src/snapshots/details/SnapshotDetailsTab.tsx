import { PageSection, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { ConditionsTable } from './ConditionsTable';
import { SnapshotContentSection } from './SnapshotContentSection';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';
import { SnapshotOverview } from './SnapshotOverview';
import { SnapshotRestoresTable } from './SnapshotRestoresTable';
import { SnapshotVolumesTable } from './SnapshotVolumesTable';

/** The Details tab: every section of the snapshot, top to bottom. */
export const SnapshotDetailsTab = () => {
  const { t } = usePluginTranslation();
  const { snapshot } = useSnapshotDetailsContext();
  const sections = [
    { id: 'overview', title: t('Snapshot details'), body: <SnapshotOverview /> },
    { id: 'volumes', title: t('Volumes'), body: <SnapshotVolumesTable /> },
    {
      id: 'conditions',
      title: t('Conditions'),
      body: <ConditionsTable conditions={snapshot.status?.conditions} />,
    },
    { id: 'content', title: t('Snapshot content'), body: <SnapshotContentSection /> },
    { id: 'restores', title: t('Restores'), body: <SnapshotRestoresTable /> },
  ];
  return (
    <>
      {sections.map(({ id, title, body }) => (
        <PageSection key={id} aria-labelledby={`vdp-snapshot-${id}`} data-test={`section-${id}`}>
          <Title headingLevel="h2" id={`vdp-snapshot-${id}`} className="pf-v6-u-mb-md">
            {title}
          </Title>
          {body}
        </PageSection>
      ))}
    </>
  );
};
