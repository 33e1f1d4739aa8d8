import {
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';

type DetailsItemProps = {
  term: string;
  /** `data-test` of the value (the backup pages' convention). */
  test?: string;
  /** `data-test` of the term and value together (the snapshot pages' convention). */
  groupTest?: string;
  children: ReactNode;
};

/** One term and its value in a details page's DescriptionList. */
export const DetailsItem = ({ term, test, groupTest, children }: DetailsItemProps) => (
  <DescriptionListGroup data-test={groupTest}>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={test}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);
