import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { LockIcon } from '@patternfly/react-icons';

type Props = { title: string; body: string; 'data-test': string };

/** What a user who may not read the Velero namespace is told instead of a raw 403. */
export const ManagedByAdmin = ({ title, body, 'data-test': dataTest }: Props) => (
  <EmptyState titleText={title} headingLevel="h2" icon={LockIcon} data-test={dataTest}>
    <EmptyStateBody>{body}</EmptyStateBody>
  </EmptyState>
);
