import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ActionsMenu } from './ActionsMenu';

type Props = {
  /** Where the breadcrumb leads back to (a list, or the VM's tab), and its text. */
  back: { to: string; label: string };
  name: string;
  /** The status shown under the name. */
  status: ReactNode;
  actions: Action[];
  actionsLoaded: boolean;
  /** Shown under the header row (e.g. an alert about the object). */
  children?: ReactNode;
};

/** Our details pages' header: breadcrumb, name with its status, and the Actions menu. */
export const DetailsPageHeader = ({
  back,
  name,
  status,
  actions,
  actionsLoaded,
  children,
}: Props) => (
  <PageSection>
    <Breadcrumb>
      <BreadcrumbItem render={() => <Link to={back.to}>{back.label}</Link>} />
      <BreadcrumbItem isActive>{name}</BreadcrumbItem>
    </Breadcrumb>
    <Flex
      justifyContent={{ default: 'justifyContentSpaceBetween' }}
      alignItems={{ default: 'alignItemsCenter' }}
      className="pf-v6-u-mt-md"
    >
      <FlexItem>
        <Title headingLevel="h1">{name}</Title>
        {status}
      </FlexItem>
      <FlexItem>
        <ActionsMenu actions={actions} variant="button" isDisabled={!actionsLoaded} />
      </FlexItem>
    </Flex>
    {children}
  </PageSection>
);
