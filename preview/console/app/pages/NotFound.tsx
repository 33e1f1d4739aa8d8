import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';

export const NotFound = ({ what }: { what?: string }) => (
  <PageSection>
    <EmptyState titleText="404: Page Not Found" headingLevel="h1" data-test="not-found">
      <EmptyStateBody>{what ?? "We couldn't find that page."}</EmptyStateBody>
    </EmptyState>
  </PageSection>
);
