import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, EmptyState, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '../../sdk/components/ResourceLink';
import { Timestamp } from '../../sdk/components/Timestamp';
import { getGroupVersionKindForModel } from '../../sdk/models';
import { ActionsMenu } from '../actions/ActionsMenu';
import { describeError } from '../plugin/problems';
import { ResourceStatusText } from './status';

type Props = {
  model: K8sModel;
  data: K8sResourceCommon[];
  loaded: boolean;
  loadError: unknown;
};

const byName = (a: K8sResourceCommon, b: K8sResourceCommon) =>
  (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');

/** Name, status, created and the row's actions for any kind. */
export const ResourceTable = ({ model, data, loaded, loadError }: Props) => {
  if (loadError) {
    return (
      <Alert isInline variant="danger" title={`Could not load ${model.labelPlural}`}>
        {describeError(loadError)}
      </Alert>
    );
  }
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  if (!data.length) {
    return <EmptyState titleText={`No ${model.labelPlural} found`} headingLevel="h2" />;
  }
  return (
    <Table aria-label={model.labelPlural} variant="compact" data-test="resource-table">
      <Thead>
        <Tr>
          <Th>Name</Th>
          <Th>Status</Th>
          <Th>Created</Th>
          <Th screenReaderText="Actions" />
        </Tr>
      </Thead>
      <Tbody>
        {[...data].sort(byName).map((obj) => (
          <Tr key={obj.metadata?.uid ?? obj.metadata?.name} data-test-rows="resource-row">
            <Td dataLabel="Name">
              <ResourceLink
                groupVersionKind={getGroupVersionKindForModel(model)}
                name={obj.metadata?.name}
                namespace={obj.metadata?.namespace}
              />
            </Td>
            <Td dataLabel="Status">
              <ResourceStatusText obj={obj} />
            </Td>
            <Td dataLabel="Created">
              <Timestamp timestamp={obj.metadata?.creationTimestamp} />
            </Td>
            <Td isActionCell>
              <ActionsMenu model={model} resource={obj} variant="kebab" />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
