import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { ResourceIcon, resourcePath } from '../../sdk/components/ResourceLink';
import { getGroupVersionKindForModel } from '../../sdk/models';
import { ActionsMenu } from '../actions/ActionsMenu';
import { ResourceStatusText } from './status';

type Props = {
  model: K8sModel;
  name: string;
  namespace?: string;
  /** The object once loaded: its status and the Actions menu wait for it. */
  obj: K8sResourceCommon | null | undefined;
  /** The breadcrumb's link to the list (the model's plural label unless given). */
  listLabel?: string;
  'data-test'?: string;
};

/**
 * A details page's header, the console's and kubevirt-plugin's alike: breadcrumb to the list,
 * the kind's icon, the name with its status, and the Actions menu.
 */
export const DetailsHeader = ({
  model,
  name,
  namespace,
  obj,
  listLabel,
  'data-test': dataTest,
}: Props) => (
  <PageSection className="preview-details-header" data-test={dataTest}>
    <Breadcrumb>
      <BreadcrumbItem>
        <Link to={resourcePath(model, undefined, namespace)}>{listLabel ?? model.labelPlural}</Link>
      </BreadcrumbItem>
      <BreadcrumbItem isActive>{model.kind} details</BreadcrumbItem>
    </Breadcrumb>
    <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} className="pf-v6-u-mt-sm">
      <FlexItem>
        <Title headingLevel="h1" data-test="page-heading">
          <ResourceIcon groupVersionKind={getGroupVersionKindForModel(model)} /> {name}{' '}
          {obj?.metadata ? (
            <span className="preview-details-header__status">
              <ResourceStatusText obj={obj} />
            </span>
          ) : null}
        </Title>
      </FlexItem>
      <FlexItem>{obj?.metadata ? <ActionsMenu model={model} resource={obj} /> : null}</FlexItem>
    </Flex>
  </PageSection>
);
