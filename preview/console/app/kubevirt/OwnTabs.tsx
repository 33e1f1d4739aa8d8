import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Content, PageSection } from '@patternfly/react-core';
import type { ComponentType } from 'react';
import { ResourceYAMLEditor } from '../../sdk/components/ResourceYAMLEditor';
import { DetailsTab } from '../pages/DetailsTab';

type TabProps = { obj: K8sResourceCommon };

/** Stand-in for kubevirt-plugin's own Snapshots tab (href `snapshots`), not part of our plugin. */
const KubevirtSnapshotsTab = () => (
  <PageSection data-test="kubevirt-own-snapshots">
    <Content component="p">
      kubevirt-plugin&apos;s own Snapshots tab (a stand-in: the preview does not reproduce it).
    </Content>
  </PageSection>
);

const YAMLTab = ({ obj }: TabProps) => <ResourceYAMLEditor initialResource={obj} hideHeader />;

const asTab = (component: ComponentType<TabProps>) =>
  component as unknown as ComponentType<Record<string, unknown>>;

/** kubevirt-plugin's fixed VM tabs that matter here: Overview, YAML and its own Snapshots. */
export const KUBEVIRT_OWN_TABS = [
  { href: '', name: 'Overview', component: asTab(DetailsTab) },
  { href: 'yaml', name: 'YAML', component: asTab(YAMLTab) },
  { href: 'snapshots', name: 'Snapshots', component: asTab(KubevirtSnapshotsTab) },
];
