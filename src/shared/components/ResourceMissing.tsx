import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';
import { ExclamationCircleIcon, SearchIcon } from '@patternfly/react-icons';
import type { ReactNode } from 'react';

type Props = {
  /** Deleted, or a 404: said plainly; any other failure shows the server's message. */
  notFound: boolean;
  notFoundTitle: string;
  notFoundBody: string;
  failedTitle: string;
  error?: Error;
  /** The page's DocumentTitle, kept while the page says what is missing. */
  documentTitle: ReactNode;
  'data-test': string;
};

/** A details page whose object is gone or could not be read. */
export const ResourceMissing = ({
  notFound,
  notFoundTitle,
  notFoundBody,
  failedTitle,
  error,
  documentTitle,
  'data-test': dataTest,
}: Props) => (
  <PageSection>
    {documentTitle}
    <EmptyState
      headingLevel="h1"
      titleText={notFound ? notFoundTitle : failedTitle}
      icon={notFound ? SearchIcon : ExclamationCircleIcon}
      status={notFound ? undefined : 'danger'}
      data-test={dataTest}
    >
      <EmptyStateBody>{notFound ? notFoundBody : error?.message}</EmptyStateBody>
    </EmptyState>
  </PageSection>
);
