import { useKubevirtPluginActive } from '@shared/flags/kubevirtPlugin';
import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toModelRef } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { Link } from 'react-router';
import { useSnapshotActions } from '../actions/useSnapshotActions';
import { getSnapshotStatus } from '../status/snapshotStatus';
import { SnapshotStatus } from '../status/SnapshotStatus';

/** Breadcrumb back to the VM's snapshots, the name, the status and the actions. */
export const SnapshotPageHeader = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useSnapshotActions(snapshot);
  // Beside kubevirt-plugin our tab is "Data protection" (DESIGN §4).
  const tab = useKubevirtPluginActive() ? 'data-protection' : 'snapshots';
  const namespace = snapshot.metadata?.namespace ?? '';
  const vmName = snapshot.spec?.source?.name ?? '';
  const vmPath = `/k8s/ns/${namespace}/${toModelRef(VirtualMachineModel)}/${vmName}`;
  return (
    <PageSection>
      <Breadcrumb>
        <BreadcrumbItem
          render={() => (
            <Link to={`${vmPath}/${tab}`}>{t('Snapshots of {{vmName}}', { vmName })}</Link>
          )}
        />
        <BreadcrumbItem isActive>{snapshot.metadata?.name}</BreadcrumbItem>
      </Breadcrumb>
      <Flex
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
        alignItems={{ default: 'alignItemsCenter' }}
        className="pf-v6-u-mt-md"
      >
        <FlexItem>
          <Title headingLevel="h1">{snapshot.metadata?.name}</Title>
          <SnapshotStatus status={getSnapshotStatus(snapshot)} />
        </FlexItem>
        <FlexItem>
          <ActionsMenu actions={actions} variant="button" isDisabled={!loaded} />
        </FlexItem>
      </Flex>
    </PageSection>
  );
};
